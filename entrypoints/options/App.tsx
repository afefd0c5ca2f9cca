/** The options page: what is marked. Each change is saved at once to extension storage. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { loadSettings, settingsItem, type Settings } from '../../lib/settings';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch((next) => setSettings((prev) => ({ ...prev!, ...next })));
  }, []);
  if (!settings) return null;

  const update = async (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    await settingsItem.setValue(next);
    setSaved(true);
  };

  return (
    <main class="cpl-options">
      <h1>{t('optionsTitle')}</h1>
      <div class="cpl-field">
        <input
          id="opt-enabled"
          type="checkbox"
          checked={settings.enabled}
          aria-describedby="opt-enabled-hint"
          onChange={(e) => void update({ enabled: (e.target as HTMLInputElement).checked })}
        />
        <div>
          <label for="opt-enabled">{t('optionsEnabled')}</label>
          <p id="opt-enabled-hint" class="cpl-hint">{t('optionsEnabledHint')}</p>
        </div>
      </div>
      <p class="cpl-hint" role="status" aria-live="polite">{saved ? t('optionsSaved') : ''}</p>
    </main>
  );
}
