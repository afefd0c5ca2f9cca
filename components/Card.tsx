/**
 * The hover card: what a term is, in both languages, whether it is current and where that comes from. Rendered by
 * Preact inside our shadow root, so every string is a text node: glossary text is never parsed as HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardEntry, EntryDetails } from '../matching/model';
import { t } from '../platform/i18n';
import type { Theme } from '../platform/settings';
import { bilingualLine, citationLine, safeUrl, sourceLine } from './citation';
import { statusLabel, subtypeLabel, usageLabel } from './labels';
import { lineage } from './lineage';
import { TypeBadge } from './TypeBadge';

export interface CardProps {
  entry: CardEntry;
  /** Other entries the same words name (an acronym two bodies share). */
  alternatives: CardEntry[];
  nameOf: (id: string) => string | undefined;
  onNavigate: (id: string) => void;
  onClose: () => void;
  loadDetails: (id: string) => Promise<EntryDetails | undefined>;
  traditionalFirst: boolean;
  theme: Theme;
  /** Open with the definition and sources shown (the popup's entry view). */
  initiallyExpanded?: boolean;
  /** The close button's name: "Close" on a page, "Back to results" in the popup. */
  closeLabel?: string;
  /** The 《》 title a document kind's card answers for (a title the glossary does not hold), as marked. */
  title?: string;
  /** The entries that title names (the law a decision amends, its issuer). */
  inTitle?: CardEntry[];
}

type CopyState = 'idle' | 'copied' | 'failed';

export function Card(props: CardProps) {
  const { entry, alternatives, nameOf, onNavigate, onClose, loadDetails, theme } = props;
  const [traditional, setTraditional] = useState(props.traditionalFirst);
  const [expanded, setExpanded] = useState(!!props.initiallyExpanded);
  const [details, setDetails] = useState<EntryDetails | undefined>();
  const [copy, setCopy] = useState<CopyState>('idle');
  useEffect(() => {
    setDetails(undefined);
    setCopy('idle');
  }, [entry.id]);
  useEffect(() => {
    if (expanded && !details) void loadDetails(entry.id).then(setDetails);
  }, [expanded, details, entry.id, loadDetails]);

  const titleId = `cpl-card-title-${entry.id}`;
  const primary = traditional ? entry.zhTrad : entry.zh;
  const secondary = traditional ? entry.zh : entry.zhTrad;
  const link = (id: string, text: string) => (
    <button type="button" class="cpl-linkbutton" onClick={() => onNavigate(id)}>
      {text}
    </button>
  );
  const relationRow = (label: string, ids: readonly string[] | undefined) => {
    const named = (ids ?? []).filter((id) => nameOf(id));
    if (!named.length) return null;
    return (
      <div class="cpl-relation">
        <span class="cpl-relation-label">{label}</span>{' '}
        {named.map((id, i) => (
          <span key={id}>
            {i ? ', ' : ''}
            {link(id, nameOf(id)!)}
          </span>
        ))}
      </div>
    );
  };
  const doCopy = async (text: string | (() => Promise<string>)) => {
    try {
      await navigator.clipboard.writeText(typeof text === 'string' ? text : await text());
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div
      class="cpl-card"
      data-entry-id={entry.id}
      data-theme={theme}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="cpl-card-head">
        <TypeBadge type={entry.type} />
        {entry.subtype ? <span class="cpl-subtype">{subtypeLabel(entry.subtype)}</span> : null}
        <span class={`cpl-status cpl-status-${entry.status}`}>{statusLabel(entry.status)}</span>
        <button
          type="button"
          class="cpl-close"
          aria-label={props.closeLabel ?? t('cardClose')}
          title={props.closeLabel ?? t('cardClose')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      {props.title ? (
        <div class="cpl-doc">
          <p class="cpl-doc-title" lang="zh">
            《{props.title}》
          </p>
          {props.inTitle?.length ? (
            <p class="cpl-doc-names">
              <span class="cpl-relation-label">{t('cardInTitle')}</span>{' '}
              {props.inTitle.map((named, i) => (
                <span key={named.id}>
                  {i ? ', ' : ''}
                  {link(named.id, named.en)}
                </span>
              ))}
            </p>
          ) : null}
          <p class="cpl-doc-note">{t('cardDocumentKind')}</p>
        </div>
      ) : null}
      <h2 class="cpl-en" id={titleId}>
        {entry.en}
        {entry.acronyms?.length ? <span class="cpl-acronyms"> ({entry.acronyms.join(', ')})</span> : null}
      </h2>
      <p class="cpl-zh">
        <span lang={traditional ? 'zh-Hant' : 'zh-Hans'}>{primary}</span>
        {secondary !== primary ? (
          <button
            type="button"
            class="cpl-script"
            lang={traditional ? 'zh-Hans' : 'zh-Hant'}
            // The name starts with the visible characters (WCAG 2.5.3, label in name), then says what pressing does.
            aria-label={`${secondary}: ${traditional ? t('cardShowSimplified') : t('cardShowTraditional')}`}
            title={traditional ? t('cardShowSimplified') : t('cardShowTraditional')}
            onClick={() => setTraditional(!traditional)}
          >
            {secondary}
          </button>
        ) : null}
      </p>
      {entry.pinyin ? (
        <p class="cpl-pinyin" lang="zh-Latn-pinyin">
          {entry.pinyin}
        </p>
      ) : null}
      <p class="cpl-lineage">
        {lineage(entry, { nameOf, t }).map((part, i) =>
          typeof part === 'string' ? <span key={i}>{part}</span> : <span key={i}>{link(part.id, part.text)}</span>,
        )}
      </p>
      <p class="cpl-gloss">{entry.gloss}</p>
      {alternatives.length ? (
        <p class="cpl-also">
          {t('cardAlso')}{' '}
          {alternatives.map((alt, i) => (
            <span key={alt.id}>
              {i ? ', ' : ''}
              {link(alt.id, alt.en)}
            </span>
          ))}
        </p>
      ) : null}
      {expanded ? (
        <div class="cpl-more">
          {details ? <p class="cpl-definition">{details.definition}</p> : <p class="cpl-loading">{t('cardLoading')}</p>}
          {details?.definedIn ? (
            <div class="cpl-relation">
              <span class="cpl-relation-label">{t('cardDefinedIn')}</span>{' '}
              {nameOf(details.definedIn.law) ? link(details.definedIn.law, nameOf(details.definedIn.law)!) : null}{' '}
              <span lang="zh">{details.definedIn.article}</span>
              {details.legalDefinitionZh ? (
                <blockquote class="cpl-legal" lang="zh">
                  {details.legalDefinitionZh}
                </blockquote>
              ) : null}
            </div>
          ) : null}
          {details?.docNumber ? (
            <div class="cpl-relation">
              <span class="cpl-relation-label">{t('cardDocNumber')}</span> <span lang="zh">{details.docNumber}</span>
            </div>
          ) : null}
          {details?.enUsage && Object.keys(details.enUsage).length ? (
            <div class="cpl-relation">
              <span class="cpl-relation-label">{t('cardEnglishNames')}</span>{' '}
              {Object.entries(details.enUsage)
                .map(([name, usage]) => `${name} (${usageLabel(usage)})`)
                .join('; ')}
            </div>
          ) : null}
          {relationRow(t('cardParent'), entry.relations?.parent ? [entry.relations.parent] : undefined)}
          {relationRow(t('cardEnforcedBy'), entry.relations?.enforcedBy)}
          {relationRow(t('cardRelated'), entry.relations?.related)}
          {details?.sources.length ? (
            <div class="cpl-sources">
              <span class="cpl-relation-label">{t('cardSources')}</span>
              <ul>
                {details.sources.map((s, i) => {
                  const url = safeUrl(s.url);
                  return (
                    <li key={i}>
                      {url ? (
                        <a href={url} target="_blank" rel="noopener noreferrer">
                          {sourceLine(s)}
                        </a>
                      ) : (
                        sourceLine(s)
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      <div class="cpl-actions" role="group" aria-label={t('cardActions')}>
        <button type="button" class="cpl-action" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('cardLess') : t('cardMore')}
        </button>
        <button type="button" class="cpl-action" data-copy="zh" onClick={() => void doCopy(props.title ?? primary)}>
          {t('cardCopyZh')}
        </button>
        <button type="button" class="cpl-action" data-copy="en" onClick={() => void doCopy(entry.en)}>
          {t('cardCopyEn')}
        </button>
        <button type="button" class="cpl-action" data-copy="line" onClick={() => void doCopy(bilingualLine(entry))}>
          {t('cardCopyLine')}
        </button>
        <button
          type="button"
          class="cpl-action"
          data-copy="citation"
          onClick={() => void doCopy(async () => citationLine(entry, details ?? (await loadDetails(entry.id))))}
        >
          {t('cardCopyCitation')}
        </button>
      </div>
      <p class="cpl-copy-status" role="status" aria-live="polite">
        {copy === 'copied' ? t('cardCopied') : copy === 'failed' ? t('cardCopyFailed') : ''}
      </p>
    </div>
  );
}
