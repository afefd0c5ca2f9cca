/** Options: the form that adds one of the user's own terms or edits one, validated like an imported row. */
import { useState } from 'preact/hooks';
import { statusLabel, typeLabel } from '../../components/labels';
import { ENTRY_TYPES, STATUSES } from '../../glossary/schema';
import { t } from '../../platform/i18n';
import { reasonText } from '../../platform/reasons';
import { validateUserTerm, type UserTerm } from '../../user-terms/schema';

interface FormFields {
  en: string;
  zh: string;
  acronyms: string;
  pinyin: string;
  type: UserTerm['type'];
  status: UserTerm['status'];
  gloss: string;
  definition: string;
}

const fieldsOf = (term?: UserTerm): FormFields => ({
  en: term?.en ?? '',
  zh: term?.zh ?? '',
  acronyms: (term?.acronyms ?? []).join(' | '),
  pinyin: term?.pinyin ?? '',
  type: term?.type ?? 'agency',
  status: term?.status ?? 'active',
  gloss: term?.gloss ?? '',
  definition: term?.definition ?? '',
});

export function TermForm(props: {
  editing?: UserTerm;
  onSave: (term: UserTerm) => Promise<void>;
  onCancel: () => void;
}) {
  const [fields, setFields] = useState<FormFields>(() => fieldsOf(props.editing));
  const [errors, setErrors] = useState<string[]>([]);
  const set = (name: keyof FormFields) => (e: Event) =>
    setFields({ ...fields, [name]: (e.target as HTMLInputElement).value });
  const text = (name: keyof FormFields, label: string, required = false) => (
    <div class="cpl-row">
      <label for={`term-${name}`}>{label}</label>
      <input id={`term-${name}`} type="text" required={required} value={fields[name]} onInput={set(name)} />
    </div>
  );
  const submit = async (e: Event) => {
    e.preventDefault();
    // Empty optional fields are left out, as an import leaves out empty columns.
    const raw: Record<string, unknown> = {
      ...(props.editing ? { id: props.editing.id } : {}),
      type: fields.type,
      status: fields.status,
    };
    for (const name of ['en', 'zh', 'acronyms', 'pinyin', 'gloss', 'definition'] as const)
      if (fields[name].trim()) raw[name] = fields[name];
    const result = validateUserTerm(raw, {
      en: t('termEn'),
      zh: t('termZh'),
      acronyms: t('termAcronyms'),
      pinyin: t('termPinyin'),
      gloss: t('termGloss'),
      definition: t('termDefinition'),
    });
    if (!result.ok) return setErrors(result.reasons.map((r) => reasonText(r, t)));
    setErrors([]);
    await props.onSave(result.term);
  };
  return (
    <form class="cpl-term-form" onSubmit={(e) => void submit(e)} aria-labelledby="term-form-heading">
      <h3 id="term-form-heading">{props.editing ? t('termEditHeading', props.editing.en) : t('termAddHeading')}</h3>
      {text('en', t('termEn'), true)}
      {text('zh', t('termZh'), true)}
      {text('acronyms', t('termAcronyms'))}
      {text('pinyin', t('termPinyin'))}
      <div class="cpl-row">
        <label for="term-type">{t('termType')}</label>
        <select id="term-type" value={fields.type} onChange={set('type')}>
          {ENTRY_TYPES.map((type) => (
            <option key={type} value={type}>
              {typeLabel(type)}
            </option>
          ))}
        </select>
        <label for="term-status">{t('termStatus')}</label>
        <select id="term-status" value={fields.status} onChange={set('status')}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </div>
      {text('gloss', t('termGloss'))}
      <div class="cpl-row">
        <label for="term-definition">{t('termDefinition')}</label>
        <textarea id="term-definition" rows={3} value={fields.definition} onInput={set('definition')} />
      </div>
      {errors.length ? (
        <ul class="cpl-errors" role="alert">
          {errors.map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
      ) : null}
      <div class="cpl-row">
        <button type="submit">{t('termSave')}</button>
        <button type="button" onClick={props.onCancel}>
          {t('termCancel')}
        </button>
      </div>
    </form>
  );
}
