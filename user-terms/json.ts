/**
 * JSON import: an array of terms in our field names (what `exportUserTerms(terms, 'json')` and the bundled
 * glossary's JSON export write), or an object holding them as `terms`. Fields we do not keep (a bundled entry's
 * subtype, dates, sources) are listed as ignored, not refused.
 */
import type { ParsedRows } from './parse';
import { reason } from '../platform/reasons';
import { USER_TERM_FIELDS } from './schema';

export function parseJsonTerms(text: string): ParsedRows {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { ok: false, error: reason('importNotJson') };
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { terms?: unknown }).terms)
      ? (data as { terms: unknown[] }).terms
      : undefined;
  if (!list) return { ok: false, error: reason('importJsonShape') };
  const known = new Set<string>(USER_TERM_FIELDS);
  const ignored = new Set<string>();
  const rows = list.map((fields, i) => {
    if (typeof fields === 'object' && fields !== null && !Array.isArray(fields)) {
      for (const key of Object.keys(fields)) if (!known.has(key)) ignored.add(key);
    }
    return { row: i + 1, fields: fields as Record<string, unknown> };
  });
  return { ok: true, rows, unit: 'entry', labels: {}, ignored: [...ignored] };
}
