import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  USER_TERM_GLOSS_MAX,
  USER_TERM_LIST_MAX,
  USER_TERM_NAME_MAX,
  USER_TERM_TEXT_MAX,
} from '../../platform/constants';
import { REASON_KEYS, reason, reasonText } from '../../platform/reasons';
import { deriveUserId, slugify, validateUserTerm } from '../../user-terms/schema';
import { messagesT } from './i18n-messages';

const ok = (raw: unknown) => {
  const r = validateUserTerm(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.reasons));
  return r.term;
};
const problems = (raw: unknown) => {
  const r = validateUserTerm(raw);
  return r.ok ? [] : r.reasons;
};

describe('user term schema', () => {
  it('accepts a two-column term and fills the defaults a termbase lacks', () => {
    expect(ok({ en: 'Ministry of Finance', zh: '财政部' })).toEqual({
      id: 'user-ministry-of-finance',
      type: 'policy',
      en: 'Ministry of Finance',
      zh: '财政部',
      status: 'active',
      gloss: '',
    });
  });

  it('normalises: white space, case of type and status, list strings, repeated names, the id prefix', () => {
    const term = ok({
      id: 'MOF',
      type: ' Agency ',
      status: 'In Force',
      en: '  Ministry\n of   Finance ',
      enAlt: 'Finance Ministry | MOF|Ministry of Finance',
      acronyms: ['MOF', 'MOF'],
      zh: '财政部',
      zhTrad: '財政部',
      zhAlt: ['财政部', '財政部', '财部'],
      gloss: 'Runs\tthe budget.',
      definition: ' Line one.\r\nLine two. ',
      notes: '',
      pinyin: null,
    });
    expect(term).toEqual({
      id: 'user-mof',
      type: 'agency',
      en: 'Ministry of Finance',
      enAlt: ['Finance Ministry'],
      acronyms: ['MOF'],
      zh: '财政部',
      zhTrad: '財政部',
      zhAlt: ['财部'],
      status: 'in-force',
      gloss: 'Runs the budget.',
      definition: 'Line one.\nLine two.',
    });
    // Validating a validated term changes nothing (the store re-validates what it reads).
    expect(ok(term)).toEqual(term);
  });

  it('keeps HTML and script as inert text, and drops control characters and lone surrogates', () => {
    const term = ok({ en: '<img src=x onerror=alert(1)>', zh: '<b>财政部</b>', notes: 'a\u0000b\ud800c' });
    expect(term.en).toBe('<img src=x onerror=alert(1)>');
    expect(term.zh).toBe('<b>财政部</b>');
    expect(term.notes).toBe('ab\ufffdc');
  });

  it('derives ids from the English name, else the pinyin, else a hash of the Chinese', () => {
    expect(deriveUserId({ en: 'Cyberspace Administration of China (CAC)', zh: '网信办' })).toBe(
      'user-cyberspace-administration-of-china-cac',
    );
    expect(deriveUserId({ en: '网信办', pinyin: 'Wǎngxìnbàn', zh: '网信办' })).toBe('user-wangxinban');
    expect(deriveUserId({ en: '网信办', zh: '网信办' })).toMatch(/^user-term-[a-z0-9]+$/);
    expect(slugify('a'.repeat(50) + ' ' + 'b'.repeat(80))).toBe('a'.repeat(50));
  });

  it('names the field and the problem of each refusal', () => {
    expect(problems({ zh: '财政部' })).toEqual([reason('userTermFieldRequired', 'en')]);
    expect(problems({ en: 'Finance', zh: 'caizhengbu' })).toEqual([reason('userTermFieldNotChinese', 'zh')]);
    expect(problems({ en: 'Finance', zh: '财政部', zhAlt: ['财部', 'MOF'] })).toEqual([
      reason('userTermFieldNotChinese', 'zhAlt'),
    ]);
    expect(problems({ en: 'Finance', zh: '财政部', pinyin: 'cai2 zheng4 bu4' })).toEqual([
      reason('userTermFieldNotPinyin', 'pinyin'),
    ]);
    expect(problems({ en: 'Finance', zh: '财政部', type: 'ministry' })).toEqual([
      reason('userTermFieldBadType', 'type', 'ministry', 'agency, law, policy'),
    ]);
    expect(problems({ en: 'Finance', zh: '财政部', status: 'dead' })[0].key).toBe('userTermFieldBadStatus');
    expect(problems({ en: 'Finance', zh: '财政部', id: 'Bad Id!' })).toEqual([reason('userTermFieldBadId', 'id', 100)]);
    expect(problems({ en: 42, zh: '财政部' })).toEqual([reason('userTermFieldNotText', 'en')]);
    expect(problems({ en: 'Finance', zh: '财政部', acronyms: { a: 1 } })).toEqual([
      reason('userTermFieldNotList', 'acronyms'),
    ]);
    expect(problems('a string')).toEqual([reason('importNotAnEntry')]);
    expect(problems({ en: 'x', zh: 'y', type: 'z' }).map((r) => r.key)).toEqual([
      'userTermFieldBadType',
      'userTermFieldNotChinese',
    ]);
  });

  it('refuses fields over their limits, so a hostile file cannot store megabyte strings', () => {
    const base = { en: 'Finance', zh: '财政部' };
    expect(problems({ ...base, en: 'x'.repeat(USER_TERM_NAME_MAX + 1) })).toEqual([
      reason('userTermFieldTooLong', 'en', USER_TERM_NAME_MAX),
    ]);
    expect(problems({ ...base, gloss: 'x'.repeat(USER_TERM_GLOSS_MAX + 1) })).toEqual([
      reason('userTermFieldTooLong', 'gloss', USER_TERM_GLOSS_MAX),
    ]);
    expect(problems({ ...base, definition: 'x'.repeat(1_000_000) })).toEqual([
      reason('userTermFieldTooLong', 'definition', USER_TERM_TEXT_MAX),
    ]);
    expect(problems({ ...base, enAlt: Array.from({ length: USER_TERM_LIST_MAX + 1 }, (_, i) => `n${i}`) })).toEqual([
      reason('userTermFieldTooMany', 'enAlt', USER_TERM_LIST_MAX),
    ]);
    expect(problems({ ...base, acronyms: ['x'.repeat(USER_TERM_NAME_MAX + 1)] })).toEqual([
      reason('userTermFieldTooLong', 'acronyms', USER_TERM_NAME_MAX),
    ]);
    expect(problems({ ...base, gloss: 'x'.repeat(USER_TERM_GLOSS_MAX) })).toEqual([]);
  });
});

describe('reasons', () => {
  it('have English and Chinese messages with their placeholders', () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
        string,
        unknown
      >;
      for (const key of REASON_KEYS) expect(messages, `${locale} ${key}`).toHaveProperty(key);
    }
  });

  it('read as plain sentences, nested reasons translated in turn', () => {
    const r = reason('importRow', 4, reason('userTermFieldNotChinese', 'zh'));
    expect(reasonText(r, messagesT('en'))).toBe('Row 4: field "zh": must contain Chinese characters');
    expect(reasonText(r, messagesT('zh_CN'))).toBe('第 4 行：字段“zh”：必须包含汉字');
    expect(reasonText(reason('importFileTooLarge', '6.2', 5), messagesT('en'))).toBe(
      'The file is 6.2 MB; files of up to 5 MB can be imported.',
    );
  });
});
