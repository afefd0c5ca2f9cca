/** The options page: what is marked and how, how the card behaves, where the extension runs. Saved at once. */
import { useEffect, useState } from 'preact/hooks';
import { CARD_DWELL_RANGE_MS } from '../../platform/constants';
import { t } from '../../platform/i18n';
import {
  MODIFIERS,
  SCRIPTS,
  THEMES,
  loadSettings,
  normalizeSettings,
  settingsItem,
  type Settings,
} from '../../platform/settings';
import { Check, Choice } from './controls';
import { MarkingSection } from './MarkingSection';
import { SitesSection } from './SitesSection';
import { UserTermsSection } from './UserTermsSection';

const THEME_LABELS = { system: 'optionsThemeSystem', light: 'optionsThemeLight', dark: 'optionsThemeDark' } as const;
const SCRIPT_LABELS = {
  auto: 'optionsScriptAuto',
  simplified: 'optionsScriptSimplified',
  traditional: 'optionsScriptTraditional',
} as const;

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    // Another window (the popup, the context menu) may change settings while this page is open.
    return settingsItem.watch((next) => setSettings(normalizeSettings(next)));
  }, []);
  if (!settings) return null;

  const update = (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    settingsItem.setValue(next).then(
      () => setStatus(t('optionsSaved')),
      (error: unknown) => setStatus(t('optionsSaveFailed', String(error instanceof Error ? error.message : error))),
    );
  };

  return (
    <main class="cpl-options">
      <h1>{t('optionsTitle')}</h1>
      <MarkingSection settings={settings} update={update} />

      <section aria-labelledby="opt-card-heading">
        <h2 id="opt-card-heading">{t('optionsCardHeading')}</h2>
        <div class="cpl-row">
          <label for="opt-dwell">{t('optionsDwell')}</label>
          <input
            id="opt-dwell"
            type="number"
            min={CARD_DWELL_RANGE_MS[0]}
            max={CARD_DWELL_RANGE_MS[1]}
            step={50}
            value={settings.dwellMs}
            onChange={(e) => {
              const value = Number((e.target as HTMLInputElement).value);
              if (Number.isFinite(value))
                update({
                  dwellMs: Math.min(CARD_DWELL_RANGE_MS[1], Math.max(CARD_DWELL_RANGE_MS[0], Math.round(value))),
                });
            }}
          />
        </div>
        <Choice
          id="opt-modifier"
          label={t('optionsModifier')}
          value={settings.modifier}
          options={MODIFIERS.map((m) => [m, m])}
          onChange={(modifier) => update({ modifier })}
        />
        <Check
          id="opt-require"
          label={t('optionsRequireModifier')}
          checked={settings.requireModifier}
          onChange={(requireModifier) => update({ requireModifier })}
        />
        <Choice
          id="opt-theme"
          label={t('optionsTheme')}
          value={settings.theme}
          options={THEMES.map((v) => [v, t(THEME_LABELS[v])])}
          onChange={(theme) => update({ theme })}
        />
        <Choice
          id="opt-script"
          label={t('optionsScript')}
          value={settings.script}
          options={SCRIPTS.map((v) => [v, t(SCRIPT_LABELS[v])])}
          onChange={(script) => update({ script })}
        />
      </section>

      <SitesSection settings={settings} update={update} say={setStatus} />
      <UserTermsSection say={setStatus} />
      <p class="cpl-hint cpl-status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}
