/**
 * UI text outside TypeScript's reach: keys named in HTML (`data-i18n`, `data-i18n-label`, `data-i18n-placeholder`)
 * are not checked by the MessageKey type, so this test checks them; and both locales carry the same keys.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const messages = (locale: string) =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, unknown>;
const en = messages('en');
const zh = messages('zh_CN');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

describe('i18n messages', () => {
  it('has the same keys in English and Simplified Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('has a message for every key the entrypoints’ HTML names', () => {
    const keys = htmlFiles('entrypoints').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/data-i18n(?:-label|-placeholder)?="([^"]+)"/g)].map((m) => ({
        file,
        key: m[1]!,
      })),
    );
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter(({ key }) => !(key in en) || !(key in zh))).toEqual([]);
  });
});
