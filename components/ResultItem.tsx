import type { CardEntry } from '../glossary/compiled';
import { statusLabel } from './labels';
import { TypeBadge } from './TypeBadge';

/** One search result: type, English and Chinese names, status, the gloss. */
export function ResultItem({ entry }: { entry: CardEntry }) {
  return (
    <li class="cpl-result" data-entry-id={entry.id}>
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
