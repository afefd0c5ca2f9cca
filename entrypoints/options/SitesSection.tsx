/** Options: where the extension runs: everywhere but a list of sites, or only on a list. */
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { SITE_MODES, type Settings } from '../../platform/settings';
import { Group } from './controls';

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

const MODE_KEYS = { except: 'optionsSiteModeExcept', only: 'optionsSiteModeOnly' } as const;

export function SitesSection({
  settings,
  update,
  say,
}: {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  say: (text: string) => void;
}) {
  const [site, setSite] = useState('');
  const addSite = (event: Event) => {
    event.preventDefault();
    const host = siteFrom(site);
    if (!host) return say(t('optionsSiteInvalid', site));
    if (!settings.sites.includes(host)) update({ sites: [...settings.sites, host] });
    setSite('');
  };
  return (
    <section aria-labelledby="opt-sites-heading">
      <h2 id="opt-sites-heading">{t('optionsSitesHeading')}</h2>
      <Group legend={t('optionsSiteMode')}>
        {SITE_MODES.map((mode) => (
          <div class="cpl-field" key={mode}>
            <input
              type="radio"
              name="opt-site-mode"
              id={`opt-site-mode-${mode}`}
              checked={settings.siteMode === mode}
              onChange={() => update({ siteMode: mode })}
            />
            <label for={`opt-site-mode-${mode}`}>{t(MODE_KEYS[mode])}</label>
          </div>
        ))}
      </Group>
      {settings.sites.length ? (
        <ul
          class="cpl-sites"
          aria-label={settings.siteMode === 'only' ? t('optionsSitesOnlyList') : t('optionsSitesOffList')}
        >
          {settings.sites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button
                type="button"
                class="cpl-link"
                onClick={() => update({ sites: settings.sites.filter((x) => x !== s) })}
              >
                {t('optionsSiteRemove', s)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="cpl-hint">{settings.siteMode === 'only' ? t('optionsSitesEmptyOnly') : t('optionsSitesEmpty')}</p>
      )}
      <form class="cpl-row" onSubmit={addSite}>
        <input
          id="opt-site"
          type="text"
          aria-label={t('optionsSiteAddLabel')}
          placeholder="example.com"
          value={site}
          onInput={(e) => setSite((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t('optionsSiteAdd')}</button>
      </form>
    </section>
  );
}
