/**
 * Options: the user's own terms. Import a JSON, CSV or TBX file (a preview first; nothing is written until the user
 * applies it, and a refused file or a failed write leaves the stored terms as they were), add, edit and delete
 * terms, and export them in the same formats.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { TypeBadge } from '../../components/TypeBadge';
import { saveText } from '../../components/save-text';
import { EXPORT_FORMATS, type ExportFormat } from '../../formats/glossary-export';
import { USER_IMPORT_MAX_BYTES } from '../../platform/constants';
import { t } from '../../platform/i18n';
import { exportUserTerms } from '../../user-terms/export';
import { applyImport, previewImport, type ImportPreview } from '../../user-terms/import';
import { reason, reasonText } from '../../platform/reasons';
import type { UserTerm } from '../../user-terms/schema';
import { UserTermsError, loadUserTerms, saveUserTerms, userTermsItem } from '../../user-terms/store';
import { ImportPreviewView } from './ImportPreview';
import { TermForm } from './TermForm';

/** The most terms listed at once; the filter box finds the rest (a termbase can hold 10,000). */
const LISTED = 200;
const MIME: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv', tbx: 'application/x-tbx+xml' };

type Pending = { fileName: string; preview: Extract<ImportPreview, { ok: true }> };

export function UserTermsSection({ say }: { say: (text: string) => void }) {
  const [terms, setTerms] = useState<UserTerm[] | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState('');
  const [editing, setEditing] = useState<UserTerm | 'new' | null>(null);
  const [filter, setFilter] = useState('');
  const [undo, setUndo] = useState<UserTerm[] | null>(null);
  useEffect(() => {
    void loadUserTerms().then(setTerms);
    return userTermsItem.watch(() => void loadUserTerms().then(setTerms));
  }, []);
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const list = terms ?? [];
    return q
      ? list.filter((x) => [x.en, x.zh, ...(x.acronyms ?? []), x.pinyin ?? ''].some((s) => s.toLowerCase().includes(q)))
      : list;
  }, [terms, filter]);
  if (!terms) return null;

  /** Writes the whole list at once; on failure says why and keeps what was stored. */
  const save = async (next: UserTerm[], done: string): Promise<boolean> => {
    try {
      await saveUserTerms(next);
      setTerms(next);
      say(done);
      return true;
    } catch (e) {
      setError(e instanceof UserTermsError ? reasonText(e.reason, t) : reasonText(reason('userTermsWriteFailed'), t));
      return false;
    }
  };

  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = ''; // so that choosing the same file again, after fixing it, reads it again
    setPending(null);
    setError('');
    if (!file) return;
    // Refused before reading: a huge file would be read into memory just to be refused.
    if (file.size > USER_IMPORT_MAX_BYTES) {
      return setError(
        reasonText(reason('importFileTooLarge', (file.size / 1048576).toFixed(1), USER_IMPORT_MAX_BYTES / 1048576), t),
      );
    }
    const preview = previewImport(await file.text(), file.name, terms);
    if (!preview.ok) return setError(t('importRefusedFile', [file.name, reasonText(preview.error, t)]));
    setPending({ fileName: file.name, preview });
  };

  const apply = async () => {
    if (!pending) return;
    const { added, replaced } = pending.preview;
    if (
      await save(applyImport(terms, pending.preview), t('importDone', [String(added.length), String(replaced.length)]))
    )
      setPending(null);
  };

  const remove = async (term: UserTerm) => {
    const before = terms;
    if (
      await save(
        terms.filter((x) => x.id !== term.id),
        t('termDeleted', term.en),
      )
    )
      setUndo(before);
  };

  const saveForm = async (term: UserTerm) => {
    const exists = terms.some((x) => x.id === term.id);
    const next = exists ? terms.map((x) => (x.id === term.id ? term : x)) : [...terms, term];
    if (await save(next, t('termSaved', term.en))) setEditing(null);
  };

  return (
    <section aria-labelledby="opt-terms-heading">
      <h2 id="opt-terms-heading">{t('termsHeading')}</h2>
      <p class="cpl-hint">{t('termsIntro', String(terms.length))}</p>
      <div class="cpl-row">
        <label for="opt-import">{t('importLabel')}</label>
        <input
          id="opt-import"
          type="file"
          accept=".json,.csv,.tsv,.txt,.tbx,.xml,application/json,text/csv,application/xml"
          onChange={(e) => void onFile(e)}
        />
      </div>
      {error ? (
        <p class="cpl-error" role="alert" data-import-error>
          {error}
        </p>
      ) : null}
      {pending ? (
        <ImportPreviewView
          fileName={pending.fileName}
          preview={pending.preview}
          onApply={() => void apply()}
          onCancel={() => setPending(null)}
        />
      ) : null}

      <div class="cpl-row" role="group" aria-label={t('termsExport')}>
        <span>{t('termsExport')}</span>
        {EXPORT_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            data-export={format}
            disabled={!terms.length}
            onClick={() =>
              saveText(`china-policy-lens-my-terms.${format}`, exportUserTerms(terms, format), MIME[format])
            }
          >
            {format.toUpperCase()}
          </button>
        ))}
      </div>

      {editing ? (
        <TermForm
          key={editing === 'new' ? 'new' : editing.id}
          editing={editing === 'new' ? undefined : editing}
          onSave={saveForm}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div class="cpl-row">
          <button type="button" data-add-term onClick={() => setEditing('new')}>
            {t('termAdd')}
          </button>
        </div>
      )}
      {undo ? (
        <div class="cpl-row">
          <button
            type="button"
            data-undo
            onClick={() => void save(undo, t('termRestored')).then((ok) => ok && setUndo(null))}
          >
            {t('termUndo')}
          </button>
        </div>
      ) : null}

      {terms.length ? (
        <>
          <div class="cpl-row">
            <label for="opt-terms-filter">{t('termsFilter')}</label>
            <input
              id="opt-terms-filter"
              type="search"
              value={filter}
              onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
            />
          </div>
          <ul class="cpl-user-terms" aria-label={t('termsHeading')}>
            {shown.slice(0, LISTED).map((term) => (
              <li key={term.id} data-term-id={term.id}>
                <TypeBadge type={term.type} />
                <span class="cpl-result-en">{term.en}</span>
                <span lang="zh">{term.zh}</span>
                <button type="button" class="cpl-link" onClick={() => setEditing(term)}>
                  {t('termEdit', term.en)}
                </button>
                <button type="button" class="cpl-link" onClick={() => void remove(term)}>
                  {t('termDelete', term.en)}
                </button>
              </li>
            ))}
          </ul>
          {shown.length > LISTED ? <p class="cpl-hint">{t('termsMore', String(shown.length - LISTED))}</p> : null}
        </>
      ) : null}
    </section>
  );
}
