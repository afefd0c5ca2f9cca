/**
 * The one line of status and lineage a reader can act on: "Renamed in 2014: now Cyberspace Administration of China",
 * "Abolished 2018: split into NRTA and NPPA", "In force since 1 June 2017". Pure: the entry, a way to name other
 * entries, and the message function in; text parts out, with links to successors and predecessors.
 */
import type { CardEntry } from '../matching/model';
import type { Translate } from '../platform/i18n';

export type LineagePart = string | { id: string; text: string };

export interface LineageContext {
  /** A short name for an entry id (its acronym or English name), or undefined if there is no such entry. */
  nameOf: (id: string) => string | undefined;
  t: Translate;
}

/**
 * "2017", "June 2017" or "1 June 2017" (2017年6月1日), as precise as the data, in the language of the card's other
 * words. Not Intl.DateTimeFormat: its first use in a content script's world took 45-55 ms (its locale data), which
 * was most of the first card's render.
 */
export function formatDate(date: string, t: Translate): string {
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const name = t('monthNames').split(' ')[Number(month) - 1] ?? month;
  return day ? t('dateDayMonthYear', [String(Number(day)), name, year]) : t('dateMonthYear', [name, year]);
}

function joinLinks(ids: readonly string[], ctx: LineageContext): LineagePart[] {
  const parts: LineagePart[] = [];
  ids.forEach((id, i) => {
    const text = ctx.nameOf(id);
    if (!text) return;
    if (parts.length) parts.push(i === ids.length - 1 ? ctx.t('lineageAnd') : ', ');
    parts.push({ id, text });
  });
  return parts;
}

export function lineage(
  entry: Pick<CardEntry, 'status' | 'dates'> & { relations?: { successors?: string[]; predecessors?: string[] } },
  ctx: LineageContext,
): LineagePart[] {
  const d = entry.dates ?? {};
  const when = (date?: string) => (date ? formatDate(date, ctx.t) : '');
  const successors = entry.relations?.successors ?? [];
  const next = joinLinks(successors, ctx);
  switch (entry.status) {
    case 'renamed':
      return [
        d.renamed ? ctx.t('lineageRenamedIn', when(d.renamed)) : ctx.t('lineageRenamed'),
        ...(next.length ? [ctx.t('lineageNow'), ...next] : []),
      ];
    case 'abolished':
      return [
        d.abolished ? ctx.t('lineageAbolishedIn', when(d.abolished)) : ctx.t('lineageAbolished'),
        ...(next.length
          ? [successors.length > 1 ? ctx.t('lineageSplitInto') : ctx.t('lineageSucceededBy'), ...next]
          : []),
      ];
    case 'superseded':
      return [
        d.superseded ? ctx.t('lineageSupersededIn', when(d.superseded)) : ctx.t('lineageSuperseded'),
        ...(next.length ? [ctx.t('lineageReplacedBy'), ...next] : []),
      ];
    case 'expired':
      return [ctx.t('lineageExpired'), ...(next.length ? [ctx.t('lineageSucceededBy'), ...next] : [])];
    case 'in-force':
      if (d.effective) return [ctx.t('lineageInForceSince', when(d.effective))];
      return [ctx.t('statusInForce')];
    case 'draft':
      return [ctx.t('statusDraft')];
    case 'historical':
      return [ctx.t('statusHistorical')];
    case 'active': {
      const predecessors = joinLinks(entry.relations?.predecessors ?? [], ctx);
      const parts: LineagePart[] = [
        d.established ? ctx.t('lineageEstablished', when(d.established)) : ctx.t('statusActive'),
      ];
      if (predecessors.length) parts.push(ctx.t('lineageFormerly'), ...predecessors);
      return parts;
    }
  }
}
