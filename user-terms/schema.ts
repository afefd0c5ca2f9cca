/**
 * The user's own terms: their shape, and the validation every imported row and every stored item goes through.
 *
 * Validation also normalises, so that what is stored is canonical and validating it again changes nothing (the
 * store re-validates what it reads; export then import gives back the same terms): one-line fields have white space
 * collapsed, control characters and lone surrogates are removed (they would make the TBX export invalid XML),
 * lists are split on "|" (the CSV list separator), de-duplicated and left out when empty, type and status are
 * lower-cased, and the id gets its `user-` prefix. Every field has a length limit (platform/constants.ts) so that a
 * hostile file cannot store megabyte strings.
 *
 * A translator's two-column termbase has English and Chinese and nothing else, so only `en` and `zh` are required:
 * the type defaults to `policy` (the generic "term"), the status to `active`, the gloss to '' and the id to a slug of
 * the English name (so importing the same file again replaces rather than duplicates).
 */
import * as v from 'valibot';
import { ENTRY_TYPES, HAN, PINYIN_PATTERN, STATUSES, type EntryType, type Status } from '../glossary/schema';
import {
  USER_TERM_GLOSS_MAX,
  USER_TERM_ID_MAX,
  USER_TERM_LIST_MAX,
  USER_TERM_NAME_MAX,
  USER_TERM_TEXT_MAX,
} from '../platform/constants';
import { REASON_KEYS, reason, type Reason, type ReasonKey } from '../platform/reasons';

export interface UserTerm {
  /** Kebab-case, always starting `user-`, so it never collides with a bundled entry's id. */
  id: string;
  type: EntryType;
  en: string;
  enAlt?: string[];
  acronyms?: string[];
  /** Chinese name (simplified, or whatever the user has): must contain Chinese characters. */
  zh: string;
  zhTrad?: string;
  zhAlt?: string[];
  /** With tone marks or without. */
  pinyin?: string;
  status: Status;
  /** One line for the card; '' when the user's file has none. */
  gloss: string;
  definition?: string;
  notes?: string;
}

/** Field order of a stored term, of the JSON export and of `validateUserTerm`'s output. */
export const USER_TERM_FIELDS = [
  'id',
  'type',
  'en',
  'enAlt',
  'acronyms',
  'zh',
  'zhTrad',
  'zhAlt',
  'pinyin',
  'status',
  'gloss',
  'definition',
  'notes',
] as const satisfies ReadonlyArray<keyof UserTerm>;
export type UserTermField = (typeof USER_TERM_FIELDS)[number];
const LIST_FIELDS = ['enAlt', 'acronyms', 'zhAlt'] as const satisfies readonly UserTermField[];

export const USER_ID_PREFIX = 'user-';
const DEFAULT_USER_TYPE: EntryType = 'policy';
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// --- Cleaning ---------------------------------------------------------------------------------------------------

// eslint-disable-next-line no-control-regex -- control characters are what this pattern strips
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const clean = (s: string) => s.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, '');
const oneLine = (s: string) => clean(s).replace(/\s+/g, ' ').trim();
const multiLine = (s: string) => clean(s).replace(/\r\n?/g, '\n').trim();
const keyword = (s: string) =>
  oneLine(s)
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** Lower-case kebab-case of a name, diacritics dropped ("Cyberspace Administration" -> "cyberspace-administration"). */
export function slugify(name: string, max = USER_TERM_ID_MAX - USER_ID_PREFIX.length): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** FNV-1a of a string, in base 36: an id for a term whose names give no Latin letters to slug. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** The id a term without one gets: from the English name, else the pinyin, else a hash of the Chinese. */
export function deriveUserId(term: { en: string; pinyin?: string; zh: string }): string {
  return USER_ID_PREFIX + (slugify(term.en) || slugify(term.pinyin ?? '') || `term-${hash(term.zh)}`);
}

// --- Schema -----------------------------------------------------------------------------------------------------
// Issue messages are reason keys; `issueReason` adds the substitutions.

const notText = (issue: { input: unknown }): ReasonKey =>
  issue.input === undefined ? 'userTermFieldRequired' : 'userTermFieldNotText';

const line = (max: number) => v.pipe(v.string(notText), v.transform(oneLine), v.maxLength(max, 'userTermFieldTooLong'));
const required = (max: number) => v.pipe(line(max), v.nonEmpty('userTermFieldRequired'));
const chinese = v.pipe(
  required(USER_TERM_NAME_MAX),
  v.check((s) => HAN.test(s), 'userTermFieldNotChinese'),
);
const text = v.pipe(v.string(notText), v.transform(multiLine), v.maxLength(USER_TERM_TEXT_MAX, 'userTermFieldTooLong'));

function list(han: boolean) {
  return v.pipe(
    v.array(v.string(notText), 'userTermFieldNotList'),
    v.transform((items) => [
      ...new Set(
        items
          .flatMap((s) => s.split('|'))
          .map(oneLine)
          .filter(Boolean),
      ),
    ]),
    v.maxLength(USER_TERM_LIST_MAX, 'userTermFieldTooMany'),
    v.check((items) => items.every((s) => s.length <= USER_TERM_NAME_MAX), 'userTermFieldTooLong'),
    v.check((items) => !han || items.every((s) => HAN.test(s)), 'userTermFieldNotChinese'),
  );
}

const UserTermInput = v.object({
  id: v.optional(v.pipe(v.string(notText), v.transform(keyword))),
  type: v.optional(
    v.pipe(
      v.string(notText),
      v.transform(keyword),
      v.check((s) => (ENTRY_TYPES as readonly string[]).includes(s), 'userTermFieldBadType'),
    ),
    DEFAULT_USER_TYPE,
  ),
  en: required(USER_TERM_NAME_MAX),
  enAlt: v.optional(list(false)),
  acronyms: v.optional(list(false)),
  zh: chinese,
  zhTrad: v.optional(chinese),
  zhAlt: v.optional(list(true)),
  pinyin: v.optional(v.pipe(required(USER_TERM_NAME_MAX), v.regex(PINYIN_PATTERN, 'userTermFieldNotPinyin'))),
  status: v.optional(
    v.pipe(
      v.string(notText),
      v.transform(keyword),
      v.check((s) => (STATUSES as readonly string[]).includes(s), 'userTermFieldBadStatus'),
    ),
    'active',
  ),
  gloss: v.optional(line(USER_TERM_GLOSS_MAX), ''),
  definition: v.optional(text),
  notes: v.optional(text),
});

const UserTermSchema = v.pipe(UserTermInput, v.transform(canonical));
const idValid = (id: string) => id.length <= USER_TERM_ID_MAX && ID_PATTERN.test(id);

/** Fills the id, drops names repeated in another field (the TBX export lists each name once) and empty fields. */
function canonical(input: v.InferOutput<typeof UserTermInput>): UserTerm {
  const id = input.id
    ? input.id.startsWith(USER_ID_PREFIX)
      ? input.id
      : USER_ID_PREFIX + input.id
    : deriveUserId(input);
  const acronyms = input.acronyms?.filter((a) => a !== input.en);
  const enAlt = input.enAlt?.filter((a) => a !== input.en && !acronyms?.includes(a));
  const zhAlt = input.zhAlt?.filter((z) => z !== input.zh && z !== input.zhTrad);
  const zhTrad = input.zhTrad === input.zh ? undefined : input.zhTrad;
  const full: Record<string, unknown> = {
    ...input,
    id,
    type: input.type as EntryType,
    status: input.status as Status,
    acronyms,
    enAlt,
    zhAlt,
    zhTrad,
    definition: input.definition || undefined,
    notes: input.notes || undefined,
  };
  const out: Record<string, unknown> = {};
  for (const field of USER_TERM_FIELDS) {
    const value = full[field];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) out[field] = value;
  }
  return out as unknown as UserTerm;
}

// --- Validation -------------------------------------------------------------------------------------------------

export type Validated = { ok: true; term: UserTerm } | { ok: false; reasons: Reason[] };

/**
 * Validates one candidate term: an object with our field names, values strings (lists as arrays or "a | b"
 * strings). '' and null count as absent. `labels` names fields as the file does (a CSV's "english" column).
 */
export function validateUserTerm(raw: unknown, labels: Partial<Record<UserTermField, string>> = {}): Validated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, reasons: [reason('importNotAnEntry')] };
  const input: Record<string, unknown> = {};
  for (const field of USER_TERM_FIELDS) {
    let value = (raw as Record<string, unknown>)[field];
    if (typeof value === 'string' && (LIST_FIELDS as readonly string[]).includes(field)) value = [value];
    if (value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === ''))
      input[field] = value;
  }
  const result = v.safeParse(UserTermSchema, input);
  if (result.success) {
    // The id is judged once it has its prefix, or was derived (a derived id is always valid).
    if (idValid(result.output.id)) return { ok: true, term: result.output };
    return { ok: false, reasons: [reason('userTermFieldBadId', labels.id ?? 'id', USER_TERM_ID_MAX)] };
  }
  const seen = new Set<string>();
  const reasons = result.issues
    .map((issue) => issueReason(issue, labels))
    .filter((r) => !seen.has(JSON.stringify(r)) && seen.add(JSON.stringify(r)));
  return { ok: false, reasons };
}

const MAX_OF: Record<UserTermField, number> = {
  id: USER_TERM_ID_MAX,
  type: 0,
  en: USER_TERM_NAME_MAX,
  enAlt: USER_TERM_NAME_MAX,
  acronyms: USER_TERM_NAME_MAX,
  zh: USER_TERM_NAME_MAX,
  zhTrad: USER_TERM_NAME_MAX,
  zhAlt: USER_TERM_NAME_MAX,
  pinyin: USER_TERM_NAME_MAX,
  status: 0,
  gloss: USER_TERM_GLOSS_MAX,
  definition: USER_TERM_TEXT_MAX,
  notes: USER_TERM_TEXT_MAX,
};

/** Shown in place of a value too long to quote in a reason. */
const quoted = (value: unknown) => {
  const s = typeof value === 'string' ? oneLine(value) : String(value);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

function issueReason(issue: v.BaseIssue<unknown>, labels: Partial<Record<UserTermField, string>>): Reason {
  const field = (issue.path?.[0]?.key as UserTermField | undefined) ?? 'id';
  const label = labels[field] ?? field;
  // A missing required key is reported by the object schema with valibot's own message.
  const key = (REASON_KEYS as readonly string[]).includes(issue.message)
    ? (issue.message as ReasonKey)
    : issue.input === undefined
      ? 'userTermFieldRequired'
      : 'userTermFieldNotText';
  switch (key) {
    case 'userTermFieldTooLong':
      return reason(key, label, MAX_OF[field]);
    case 'userTermFieldTooMany':
      return reason(key, label, USER_TERM_LIST_MAX);
    case 'userTermFieldBadType':
      return reason(key, label, quoted(issue.input), ENTRY_TYPES.join(', '));
    case 'userTermFieldBadStatus':
      return reason(key, label, quoted(issue.input), STATUSES.join(', '));
    default:
      return reason(key, label);
  }
}
