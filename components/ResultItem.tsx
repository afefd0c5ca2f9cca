import type { CardEntry } from '../matching/model';
import { statusLabel } from './labels';
import { TypeBadge } from './TypeBadge';

export interface ResultItemProps {
  entry: CardEntry;
  /** The element id the search box's aria-activedescendant points at. */
  id?: string;
  selected?: boolean;
  onClick?: () => void;
}

/** One search result, an option of the results listbox: type, English and Chinese names, status, the gloss. */
export function ResultItem({ entry, id, selected, onClick }: ResultItemProps) {
  return (
    // The listbox is driven from the search box (aria-activedescendant), so options are not tab stops; a click
    // on one is the pointer's way to open it, Enter in the box the keyboard's.
    <li
      class="cpl-result"
      id={id}
      role="option"
      aria-selected={selected ?? false}
      data-entry-id={entry.id}
      onClick={onClick}
    >
      <div class="cpl-result-head">
        <TypeBadge type={entry.type} />
        <span class="cpl-result-en">{entry.en}</span>
        {entry.acronyms?.length ? <span class="cpl-result-acr">{entry.acronyms.join(', ')}</span> : null}
      </div>
      <div class="cpl-result-zh">
        <span lang="zh-CN">{entry.zh}</span>
        {entry.pinyin ? <span class="cpl-result-py"> {entry.pinyin}</span> : null}
        <span class="cpl-result-status"> · {statusLabel(entry.status)}</span>
      </div>
      <p class="cpl-result-gloss">{entry.gloss}</p>
    </li>
  );
}
