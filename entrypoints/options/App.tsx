/** The options page: what is marked, how the card behaves, and where the extension stays off. Saved at once. */
import { useEffect, useState } from 'preact/hooks';
import { CARD_DWELL_RANGE_MS } from '../../lib/constants';
import { t } from '../../lib/i18n';
import { MODIFIERS, SCRIPTS, THEMES, loadSettings, settingsItem, type Settings } from '../../lib/settings';

const THEME_LABELS = { system: 'optionsThemeSystem', light: 'optionsThemeLight', dark: 'optionsThemeDark' } as const;
const SCRIPT_LABELS = { auto: 'optionsScriptAuto', simplified: 'optionsScriptSimplified', traditional: 'optionsScriptTraditional' } as const;

/** A host name from what the reader typed: "https://www.example.com/x" -> "www.example.com". */
export function siteFrom(input: string): string | undefined {
  const text = input.trim().toLowerCase();
  if (!text) return undefined;
  try {
    const host = new URL(text.includes('://') ? text : `https://${text}`).hostname;
    return /^[a-z0-9.-]+\.[a-z]{2,}$|^localhost$|^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

/** A labelled select over a fixed set of values. */
function Choice<V extends string>(props: { id: string; label: string; value: V; options: Array<[V, string]>; onChange: (value: V) => void }) {
  return (
    <div class="cpl-row">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as V)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');
  const [site, setSite] = useState('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch((next) => setSettings((prev) => ({ ...prev!, ...next })));
  }, []);
  if (!settings) return null;

  const update = async (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    await settingsItem.setValue(next);
    setSaved(t('optionsSaved'));
  };
  const addSite = (event: Event) => {
    event.preventDefault();
    const host = siteFrom(site);
    if (!host) return setSaved(t('optionsSiteInvalid', site));
    if (!settings.disabledSites.includes(host)) void update({ disabledSites: [...settings.disabledSites, host] });
    setSite('');
  };

  return (
    <main class="cpl-options">
      <h1>{t('optionsTitle')}</h1>
      <div class="cpl-field">
        <input id="opt-enabled" type="checkbox" checked={settings.enabled} aria-describedby="opt-enabled-hint" onChange={(e) => void update({ enabled: (e.target as HTMLInputElement).checked })} />
        <div>
          <label for="opt-enabled">{t('optionsEnabled')}</label>
          <p id="opt-enabled-hint" class="cpl-hint">{t('optionsEnabledHint')}</p>
        </div>
      </div>

      <h2>{t('optionsCardHeading')}</h2>
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
            if (Number.isFinite(value)) void update({ dwellMs: Math.min(CARD_DWELL_RANGE_MS[1], Math.max(CARD_DWELL_RANGE_MS[0], Math.round(value))) });
          }}
        />
      </div>
      <Choice id="opt-modifier" label={t('optionsModifier')} value={settings.modifier} options={MODIFIERS.map((m) => [m, m])} onChange={(modifier) => void update({ modifier })} />
      <div class="cpl-field">
        <input id="opt-require" type="checkbox" checked={settings.requireModifier} onChange={(e) => void update({ requireModifier: (e.target as HTMLInputElement).checked })} />
        <label for="opt-require">{t('optionsRequireModifier')}</label>
      </div>
      <Choice id="opt-theme" label={t('optionsTheme')} value={settings.theme} options={THEMES.map((v) => [v, t(THEME_LABELS[v])])} onChange={(theme) => void update({ theme })} />
      <Choice id="opt-script" label={t('optionsScript')} value={settings.script} options={SCRIPTS.map((v) => [v, t(SCRIPT_LABELS[v])])} onChange={(script) => void update({ script })} />

      <h2>{t('optionsSitesHeading')}</h2>
      {settings.disabledSites.length ? (
        <ul class="cpl-sites">
          {settings.disabledSites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" class="cpl-link" onClick={() => void update({ disabledSites: settings.disabledSites.filter((x) => x !== s) })}>
                {t('optionsSiteRemove', s)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="cpl-hint">{t('optionsSitesEmpty')}</p>
      )}
      <form class="cpl-row" onSubmit={addSite}>
        <input id="opt-site" type="text" aria-label={t('optionsSiteAddLabel')} placeholder="example.com" value={site} onInput={(e) => setSite((e.target as HTMLInputElement).value)} />
        <button type="submit">{t('optionsSiteAdd')}</button>
      </form>
      <p class="cpl-hint" role="status" aria-live="polite">{saved}</p>
    </main>
  );
}
