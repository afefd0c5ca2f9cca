/**
 * Import in two steps, so the user sees what a file will do before anything is stored: `previewImport` reads and
 * validates a file against the terms already kept and says what would be added, replaced (same id), left as it is
 * (same id, same fields) and refused, with a reason for each refusal; `applyImport` makes the new list from the
 * preview. Both are pure; the options page saves the result with `saveUserTerms`.
 */
import { USER_IMPORT_MAX_BYTES, USER_TERMS_MAX } from '../platform/constants';
import { parseTermsFile, type ImportFormat } from './parse';
import { reason, type Reason } from '../platform/reasons';
import { USER_TERM_FIELDS, validateUserTerm, type UserTerm } from './schema';

interface Refusal {
  /** The row (CSV) or entry (JSON, TBX) number; a row with several problems has one refusal for each. */
  row: number;
  /** "Row 4: field "zh": must contain Chinese characters", as a message key with substitutions. */
  reason: Reason;
}

export type ImportPreview =
  | { ok: false; error: Reason }
  | {
      ok: true;
      format: ImportFormat;
      added: UserTerm[];
      replaced: Array<{ before: UserTerm; after: UserTerm }>;
      unchanged: number;
      refused: Refusal[];
      /** Columns, fields or languages in the file that are not imported. */
      ignored: string[];
    };

const MB = 1024 * 1024;

/** Size in UTF-8 bytes, without allocating a copy of a large file. */
function utf8Bytes(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function previewImport(text: string, fileName: string, existing: readonly UserTerm[]): ImportPreview {
  // Checked on the string too, for callers that did not check the File's size before reading it.
  const size = utf8Bytes(text);
  if (size > USER_IMPORT_MAX_BYTES) {
    return { ok: false, error: reason('importFileTooLarge', (size / MB).toFixed(1), USER_IMPORT_MAX_BYTES / MB) };
  }
  const parsed = parseTermsFile(text, fileName);
  if (!parsed.ok) return parsed;
  if (parsed.rows.length > USER_TERMS_MAX) {
    return { ok: false, error: reason('importTooManyTerms', parsed.rows.length, USER_TERMS_MAX) };
  }
  const at = (row: number, r: Reason) => ({
    row,
    reason: reason(parsed.unit === 'row' ? 'importRow' : 'importEntry', row, r),
  });

  const before = new Map(existing.map((t) => [t.id, t]));
  const firstRow = new Map<string, number>();
  const added: UserTerm[] = [];
  const replaced: Array<{ before: UserTerm; after: UserTerm }> = [];
  const refused: Refusal[] = [];
  let unchanged = 0;
  let room = USER_TERMS_MAX - existing.length;
  for (const { row, fields } of parsed.rows) {
    const result = validateUserTerm(fields, parsed.labels);
    if (!result.ok) {
      refused.push(...result.reasons.map((r) => at(row, r)));
      continue;
    }
    const term = result.term;
    const earlier = firstRow.get(term.id);
    if (earlier !== undefined) {
      refused.push(at(row, reason('importDuplicateId', term.id, earlier)));
      continue;
    }
    firstRow.set(term.id, row);
    const old = before.get(term.id);
    if (old && sameTerm(old, term)) unchanged++;
    else if (old) replaced.push({ before: old, after: term });
    else if (room > 0) {
      added.push(term);
      room--;
    } else refused.push(at(row, reason('importListFull', USER_TERMS_MAX)));
  }
  return { ok: true, format: parsed.format, added, replaced, unchanged, refused, ignored: parsed.ignored.slice(0, 50) };
}

/** Field for field (an absent field and an empty one are the same: validation leaves empty fields out). */
function sameTerm(a: UserTerm, b: UserTerm): boolean {
  return USER_TERM_FIELDS.every((f) => JSON.stringify(a[f] ?? null) === JSON.stringify(b[f] ?? null));
}

/** The list after the import: replaced terms in their places, added ones at the end. */
export function applyImport(existing: readonly UserTerm[], preview: ImportPreview): UserTerm[] {
  if (!preview.ok) return [...existing];
  const replacement = new Map(preview.replaced.map((r) => [r.after.id, r.after]));
  return [...existing.map((t) => replacement.get(t.id) ?? t), ...preview.added];
}
