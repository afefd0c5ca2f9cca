/** Options: what is marked (types, inactive entries) and how (style, a colour per type), with a live sample. */
import { useEffect, useRef } from 'preact/hooks';
import { typeLabel } from '../../components/labels';
import { ENTRY_TYPES, type EntryType } from '../../glossary/schema';
import { COLOUR_NAMES, HIGHLIGHT_STYLES, highlightNames } from '../../platform/highlight-styles';
import { t, type MessageKey } from '../../platform/i18n';
import type { Settings } from '../../platform/settings';
import { Check, Choice, Group } from './controls';

const STYLE_KEYS = {
  underline: 'optionsStyleUnderline',
  background: 'optionsStyleBackground',
  none: 'optionsStyleNone',
} as const;
const SAMPLE: Array<[MessageKey, EntryType | null]> = [
  ['optionsSampleAgency', 'agency'],
  ['optionsSampleBetween', null],
  ['optionsSampleLaw', 'law'],
  ['optionsSampleAfter', null],
  ['optionsSamplePolicy', 'policy'],
  ['optionsSampleEnd', null],
];

/** The sample sentence, marked with the same highlight names and rules the content script uses on pages. */
function Sample({ settings }: { settings: Settings }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const spans = ref.current?.querySelectorAll<HTMLElement>('[data-type]') ?? [];
    const byType = highlightNames(settings.highlightStyle, settings.colours);
    const names = new Map<string, Range[]>();
    for (const span of spans) {
      const type = span.dataset.type as EntryType;
      const name = settings.markTypes[type] ? byType[type] : undefined;
      if (!name) continue;
      const range = new Range();
      range.selectNodeContents(span);
      names.set(name, [...(names.get(name) ?? []), range]);
    }
    CSS.highlights.clear();
    for (const [name, ranges] of names) CSS.highlights.set(name, new Highlight(...ranges));
  }, [settings]);
  return (
    <p class="cpl-sample" ref={ref} aria-label={t('optionsSample')}>
      {SAMPLE.map(([key, type]) =>
        type ? (
          <span key={key} data-type={type}>
            {t(key)}
          </span>
        ) : (
          t(key)
        ),
      )}
    </p>
  );
}

export function MarkingSection({
  settings,
  update,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}) {
  return (
    <section aria-labelledby="opt-marking-heading">
      <h2 id="opt-marking-heading">{t('optionsMarkingHeading')}</h2>
      <Check
        id="opt-enabled"
        label={t('optionsEnabled')}
        hint={t('optionsEnabledHint')}
        checked={settings.enabled}
        onChange={(enabled) => update({ enabled })}
      />
      <Group legend={t('optionsMarkTypes')}>
        {ENTRY_TYPES.map((type) => (
          <Check
            key={type}
            id={`opt-type-${type}`}
            label={typeLabel(type)}
            checked={settings.markTypes[type]}
            onChange={(on) => update({ markTypes: { ...settings.markTypes, [type]: on } })}
          />
        ))}
      </Group>
      <Check
        id="opt-inactive"
        label={t('optionsMarkInactive')}
        hint={t('optionsMarkInactiveHint')}
        checked={settings.markInactive}
        onChange={(markInactive) => update({ markInactive })}
      />
      <Choice
        id="opt-style"
        label={t('optionsStyle')}
        value={settings.highlightStyle}
        options={HIGHLIGHT_STYLES.map((s) => [s, t(STYLE_KEYS[s])])}
        onChange={(highlightStyle) => update({ highlightStyle })}
      />
      <Group legend={t('optionsColours')}>
        {ENTRY_TYPES.map((type) => (
          <Choice
            key={type}
            id={`opt-colour-${type}`}
            label={typeLabel(type)}
            value={settings.colours[type]}
            options={COLOUR_NAMES.map((c) => [c, t(`colour_${c}`)])}
            onChange={(colour) => update({ colours: { ...settings.colours, [type]: colour } })}
          />
        ))}
      </Group>
      <Sample settings={settings} />
    </section>
  );
}
