/** A mark store filled from HTML as the engine fills it: real runs, with the wanted texts as the matcher's finds. */
import { MarkStore } from '../../../entrypoints/content/marks';
import { RunReader } from '../../../entrypoints/content/reading';
import { CHINA, LAW_TEXT } from '../../../matching/context';
import { MatchList } from '../../../matching/match-list';

export interface Find {
  text: string;
  surface?: number;
  entry?: number;
  china?: boolean;
  /** Its paragraph is a law's own text (`Match.law`). */
  law?: boolean;
}

/**
 * Reads every run under the body and adds, for each, the occurrences of the wanted texts in the run's text (what the
 * matcher would find), so that the store gets real runs: whole blocks and runs read node by node.
 */
export function storeOf(
  html: string,
  finds: readonly Find[],
  ambiguous: readonly boolean[],
  lawOnly: readonly boolean[] = [],
): MarkStore {
  document.body.innerHTML = html;
  const store = new MarkStore(
    document,
    (surface) => ambiguous[surface],
    (surface) => !!lawOnly[surface],
  );
  const reader = new RunReader(document.body);
  while (reader.next()) {
    const text = reader.texts.slice(0, reader.count).join('');
    const list = new MatchList();
    const found: [number, Find][] = [];
    for (const f of finds) {
      for (let at = text.indexOf(f.text); at >= 0; at = text.indexOf(f.text, at + 1)) found.push([at, f]);
    }
    found.sort((a, b) => a[0] - b[0]);
    for (const [at, f] of found) {
      list.push(at, at + f.text.length, f.surface ?? 0, f.entry ?? 0);
      list.setFlags(list.count - 1, (f.china ? CHINA : 0) | (f.law ? LAW_TEXT : 0));
    }
    store.add(reader, list);
  }
  return store;
}
