/**
 * A small XML reader for imported TBX files: htmlparser2's tokenizer (pure JS, so the same code runs in vitest and
 * in the options page; never innerHTML or DOMParser) turned into a tree of elements and text, with the
 * well-formedness checks the tokenizer leaves out, because it is built to recover from broken HTML: every element
 * closed by its own end tag, one root, no text outside it, only the five XML entities and character references.
 *
 * Entity declarations (`<!ENTITY`) are refused before any parsing: the tokenizer would not expand them anyway, but
 * a file that declares entities is an entity-expansion attack ("billion laughs") or relies on expansion we do not
 * do, and either way is not a termbase we should read half of.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { USER_IMPORT_XML_MAX_DEPTH } from '../platform/constants';
import { reason, type Reason } from '../platform/reasons';

export interface XmlElement {
  /** Local name, lower-cased (TBX tools differ in case and some add a namespace prefix). */
  name: string;
  /** Attributes by name as written, lower-cased (`xml:lang`, `id`, `type`), values decoded. */
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; error: Reason };

const ENTITY_DECLARATION = /<!ENTITY/i;
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6});|#([0-9]{1,7});|(amp|lt|gt|quot|apos);)?/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class Malformed extends Error {
  constructor(readonly at: number) {
    super('malformed XML');
  }
}

/** Decodes references in text or an attribute value; a bare `&` or an unknown entity is not well-formed. */
function decode(raw: string, at: number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name];
    if (hex === undefined && dec === undefined) throw new Malformed(at);
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec!, 10);
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) throw new Malformed(at);
    return String.fromCodePoint(code);
  });
}

const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1).toLowerCase();

export function readXml(text: string): XmlResult {
  if (ENTITY_DECLARATION.test(text)) return { ok: false, error: reason('importXmlEntity') };
  const stack: Array<XmlElement & { qname: string }> = [];
  let root: XmlElement | undefined;
  let open: (XmlElement & { qname: string }) | undefined;
  let attrName = '';
  let attrValue = '';
  let attrAt = 0;

  const addText = (s: string, at: number) => {
    const top = stack[stack.length - 1];
    if (top) top.children.push(s);
    else if (s.trim()) throw new Malformed(at);
  };
  const close = (qname: string, at: number) => {
    const top = stack.pop();
    if (!top || top.qname !== qname) throw new Malformed(at);
    if (stack.length === 0) root = top;
  };
  const cbs: TokenizerCallbacks = {
    onopentagname(start, end) {
      if (root || stack.length >= USER_IMPORT_XML_MAX_DEPTH) throw new Malformed(start);
      const qname = text.slice(start, end);
      open = { name: localName(qname), qname, attrs: {}, children: [] };
    },
    onattribname(start, end) {
      attrName = text.slice(start, end).toLowerCase();
      attrValue = '';
      attrAt = start;
    },
    onattribdata(start, end) {
      attrValue += text.slice(start, end);
    },
    onattribentity() {
      // Not called: entities are not decoded by the tokenizer (decodeEntities: false); `decode` does it.
    },
    onattribend() {
      if (open) open.attrs[attrName] = decode(attrValue, attrAt);
    },
    onopentagend(end) {
      if (!open) throw new Malformed(end);
      stack[stack.length - 1]?.children.push(open);
      stack.push(open);
      open = undefined;
    },
    onselfclosingtag(end) {
      if (!open) throw new Malformed(end);
      const element = open;
      cbs.onopentagend(end);
      close(element.qname, end);
    },
    onclosetag(start, end) {
      close(text.slice(start, end), start);
    },
    ontext(start, end) {
      addText(decode(text.slice(start, end), start), start);
    },
    ontextentity() {
      // Not called, as for attributes.
    },
    oncdata(start, end, endOffset) {
      addText(text.slice(start, end - endOffset), start);
    },
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };
  try {
    const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false }, cbs);
    tokenizer.write(text);
    tokenizer.end();
    if (stack.length || open || !root) throw new Malformed(text.length);
    return { ok: true, root };
  } catch (e) {
    if (!(e instanceof Malformed)) throw e;
    return { ok: false, error: reason('importXmlMalformed', lineAt(text, e.at)) };
  }
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Child elements named `name` (local, lower-case). */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Every descendant element named `name`, in document order, not looking inside a match. */
export function descendantsNamed(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  walk(el);
  return out;
}

/** The text content of an element (inline markup such as `<hi>` flattened). */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
