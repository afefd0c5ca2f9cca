/** browser.i18n.getMessage's behaviour over our messages.json files, for unit tests of UI text. */
import { readFileSync } from 'node:fs';

export function messagesT(locale: 'en' | 'zh_CN') {
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;
  return (key: string, substitutions?: string | string[]): string => {
    const m = messages[key];
    if (!m) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return m.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
    });
  };
}
