/**
 * The hover card: what a term is, in both languages, at a glance. Rendered by Preact inside our shadow root, so
 * every string is a text node: glossary text is never parsed as HTML.
 */
import type { CardEntry } from '../glossary/compiled';
import { t } from '../lib/i18n';
import { statusLabel } from './labels';
import { TypeBadge } from './TypeBadge';

export interface CardProps {
  entry: CardEntry;
  onClose: () => void;
}

export function Card({ entry, onClose }: CardProps) {
  const titleId = `cpl-card-title-${entry.id}`;
  return (
    <div class="cpl-card" data-entry-id={entry.id} role="dialog" aria-labelledby={titleId} aria-label={t('cardLabel', entry.en)}>
      <div class="cpl-card-head">
        <TypeBadge type={entry.type} />
        <span class={`cpl-status cpl-status-${entry.status}`}>{statusLabel(entry.status)}</span>
        <button type="button" class="cpl-close" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <h2 class="cpl-en" id={titleId}>
        {entry.en}
        {entry.acronyms?.length ? <span class="cpl-acronyms"> ({entry.acronyms.join(', ')})</span> : null}
      </h2>
      <p class="cpl-zh" lang="zh-CN">
        {entry.zh}
        {entry.zhTrad !== entry.zh ? <span class="cpl-zh-trad" lang="zh-TW"> {entry.zhTrad}</span> : null}
      </p>
      {entry.pinyin ? <p class="cpl-pinyin" lang="zh-Latn-pinyin">{entry.pinyin}</p> : null}
      <p class="cpl-gloss">{entry.gloss}</p>
    </div>
  );
}
