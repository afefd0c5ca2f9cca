import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Matcher } from '../../matching/matcher';
import { allEntries } from '../../matching/entries';
import { userGlossary } from '../../user-terms/compile';
import type { UserTerm } from '../../user-terms/schema';

// As in user-terms-store.test.ts: the storage package must see WXT's in-memory fake.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

const {
  PACKED_FORMAT,
  isCurrent,
  loadPackedTerms,
  packUserTerms,
  packedFile,
  packedTermsItem,
  refreshPackedTerms,
  unpackUserTerms,
} = await import('../../user-terms/packed');
const { saveUserTerms, userTermsItem } = await import('../../user-terms/store');

const terms: UserTerm[] = [
  {
    id: 'user-mof',
    type: 'agency',
    en: 'Ministry of Finance',
    acronyms: ['MOF'],
    zh: '财政部',
    status: 'active',
    gloss: '',
  },
  { id: 'user-sc', type: 'agency', en: 'State Council', zh: '国务院', status: 'abolished', gloss: 'The cabinet.' },
];
const TEXT = 'The Ministry of Finance (MOF) and the State Council; 财政部与国务院。';

describe('user terms compiled when saved', () => {
  beforeEach(() => fakeBrowser.reset());

  it('matches exactly as the terms compiled in the frame, with the same entries and indices', async () => {
    const offset = 1000;
    const direct = userGlossary(terms, offset);
    const stored = JSON.parse(JSON.stringify(await packUserTerms(terms))) as Awaited<ReturnType<typeof packUserTerms>>;
    const packed = unpackUserTerms(await packedFile(stored), offset);
    expect(new Matcher(packed.surfaces, packed.automaton).match(TEXT)).toEqual(
      new Matcher(direct.surfaces, direct.automaton).match(TEXT),
    );
    expect(allEntries(packed.entries).map((e) => e.id)).toEqual(['user-mof', 'user-sc']);
    expect(packed.entries.get(1).gloss).toBe('The cabinet.');
    expect(packed.entries.indexOf('user-sc')).toBe(1);
  });

  it('leaves out of the surfaces the entries the reader does not mark', async () => {
    const packed = unpackUserTerms(await packedFile(await packUserTerms(terms)), 10, (e) => e.status === 'active');
    const matches = new Matcher(packed.surfaces, packed.automaton).match(TEXT);
    expect(matches.filter((m) => m.entry >= 0).map((m) => m.entry)).toEqual([10, 10, 10]);
  });

  it('is stored with the terms, and a stored form of another format is not used', async () => {
    await saveUserTerms(terms);
    const stored = await loadPackedTerms();
    expect(stored?.stamp).toBe((await packUserTerms(terms)).stamp);
    await packedTermsItem.setValue({ ...stored!, format: PACKED_FORMAT + 1 });
    expect(await loadPackedTerms()).toBeUndefined();
    expect(isCurrent(await packedTermsItem.getValue())).toBe(false);
  });

  it('is compiled again when missing, stale or not for the stored terms', async () => {
    await userTermsItem.setValue(terms);
    expect(await loadPackedTerms()).toBeUndefined();
    await refreshPackedTerms(terms);
    expect((await loadPackedTerms())?.stamp).toBe((await packUserTerms(terms)).stamp);
    await refreshPackedTerms(terms.slice(0, 1));
    expect((await loadPackedTerms())?.stamp).toBe((await packUserTerms(terms.slice(0, 1))).stamp);
    await refreshPackedTerms([]);
    expect(await packedTermsItem.getValue()).toBeNull();
  });
});
