import { describe, expect, it } from 'vitest';
import { formatDate, lineage, type LineagePart } from '../../components/lineage';
import { compileGlossary } from '../../glossary/build/compile';
import { loadGlossary } from '../../glossary/load';
import { messagesT } from './i18n-messages';

const { entries } = compileGlossary(loadGlossary().entries);
const byId = new Map(entries.map((e) => [e.id, e]));
const nameOf = (id: string) => byId.get(id)?.acronyms?.[0] ?? byId.get(id)?.en;
const text = (parts: LineagePart[]) => parts.map((p) => (typeof p === 'string' ? p : `[${p.text}→${p.id}]`)).join('');
const line = (id: string, locale: 'en' | 'zh_CN' = 'en') =>
  text(lineage(byId.get(id)!, { nameOf, t: messagesT(locale) }));

describe('status and lineage line', () => {
  it('says a renamed body is now its successor, with a link', () => {
    expect(line('siio')).toBe('Renamed in 2014: now [CAC→cac]');
  });

  it('says an abolished body was split, naming each successor', () => {
    expect(line('sappprft')).toMatch(
      /^Abolished 2018: split into \[NRTA→nrta\], \[NPPA→nppa\] and \[.+→china-film-administration\]$/,
    );
    expect(line('mii')).toBe('Abolished 2008: succeeded by [MIIT→miit]');
  });

  it('gives the date a law took effect', () => {
    expect(line('cybersecurity-law')).toBe('In force since 1 June 2017');
    expect(line('cybersecurity-law', 'zh_CN')).toBe('自2017年6月1日起施行');
  });

  it('names the predecessors of a current body', () => {
    expect(line('central-cyberspace-affairs-commission')).toBe(
      'Established March 2018; formerly [CLGISI→central-leading-group-cybersecurity-informatization]',
    );
  });

  it('formats dates as precisely as the data', () => {
    expect(formatDate('2014', messagesT('en'))).toBe('2014');
    expect(formatDate('2018-03', messagesT('en'))).toBe('March 2018');
    expect(formatDate('2017-06-01', messagesT('en'))).toBe('1 June 2017');
    expect(formatDate('2017-06-01', messagesT('zh_CN'))).toBe('2017年6月1日');
    expect(formatDate('2018-12', messagesT('zh_CN'))).toBe('2018年12月');
  });
});
