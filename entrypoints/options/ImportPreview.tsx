/** Options: what an import would do, shown before anything is written: added, replaced, unchanged, refused and why. */
import { t } from '../../platform/i18n';
import type { ImportPreview } from '../../user-terms/import';
import { reasonText } from '../../platform/reasons';
import type { UserTerm } from '../../user-terms/schema';

/** How many names a preview lists before "and N more": enough to recognise the file, short enough to read. */
const SHOWN = 20;

const names = (terms: UserTerm[]) => {
  const shown = terms.slice(0, SHOWN).map((term) => `${term.en} (${term.zh})`);
  return terms.length > SHOWN ? [...shown, t('importMore', String(terms.length - SHOWN))] : shown;
};

export function ImportPreviewView(props: {
  fileName: string;
  preview: Extract<ImportPreview, { ok: true }>;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { preview } = props;
  const refusedRows = new Set(preview.refused.map((r) => r.row)).size;
  const changes = preview.added.length + preview.replaced.length;
  return (
    <div class="cpl-preview" role="region" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">{t('importPreviewHeading', props.fileName)}</h3>
      <p data-summary>
        {t('importSummary', [
          String(preview.added.length),
          String(preview.replaced.length),
          String(preview.unchanged),
          String(refusedRows),
        ])}
      </p>
      {preview.added.length ? (
        <details open={preview.added.length <= SHOWN}>
          <summary>{t('importAdded', String(preview.added.length))}</summary>
          <ul data-added>
            {names(preview.added).map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.replaced.length ? (
        <details open>
          <summary>{t('importReplaced', String(preview.replaced.length))}</summary>
          <ul data-replaced>
            {names(preview.replaced.map((r) => r.after)).map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.refused.length ? (
        <details open>
          <summary>{t('importRefused', String(refusedRows))}</summary>
          <ul data-refused>
            {preview.refused.slice(0, 100).map((r, i) => (
              <li key={i}>{reasonText(r.reason, t)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.ignored.length ? <p class="cpl-hint">{t('importIgnored', preview.ignored.join(', '))}</p> : null}
      <div class="cpl-row">
        <button type="button" data-apply disabled={!changes} onClick={props.onApply}>
          {changes ? t('importApply', String(changes)) : t('importNothing')}
        </button>
        <button type="button" data-cancel onClick={props.onCancel}>
          {t('termCancel')}
        </button>
      </div>
    </div>
  );
}
