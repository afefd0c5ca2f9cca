import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reason } from '../../platform/reasons';
import type { UserTerm } from '../../user-terms/schema';

// @wxt-dev/storage talks to `browser` from @wxt-dev/browser, which is `globalThis.chrome` outside an extension:
// make that WXT's in-memory fake before the store (and so the storage package) is loaded. (vi.mock would not
// reach it: vitest loads node_modules packages without its module mocks.)
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

const { loadUserTerms, saveUserTerms, userTermsItem, UserTermsError } = await import('../../user-terms/store');

const finance: UserTerm = {
  id: 'user-mof',
  type: 'agency',
  en: 'Ministry of Finance',
  zh: '财政部',
  status: 'active',
  gloss: '',
};
const council: UserTerm = {
  id: 'user-state-council',
  type: 'agency',
  en: 'State Council',
  zh: '国务院',
  status: 'active',
  gloss: 'The cabinet.',
};

describe('user terms store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('saves the whole list in local storage and loads it back', async () => {
    expect(await loadUserTerms()).toEqual([]);
    await saveUserTerms([finance, council]);
    expect(await fakeBrowser.storage.local.get('userTerms')).toEqual({ userTerms: [finance, council] });
    expect(await loadUserTerms()).toEqual([finance, council]);
  });

  it('drops invalid stored items and repeated ids instead of failing', async () => {
    await fakeBrowser.storage.local.set({
      userTerms: [
        finance,
        null,
        'junk',
        { ...council, zh: 'no chinese' },
        { id: 'user-x', en: 'X' },
        { ...finance, en: 'Other' },
        { ...council, en: '  State   Council ' },
      ],
    });
    expect(await loadUserTerms()).toEqual([finance, council]);
  });

  it('reads a stored value that is not a list as no terms', async () => {
    await fakeBrowser.storage.local.set({ userTerms: { not: 'a list' } });
    expect(await loadUserTerms()).toEqual([]);
  });

  it('turns a quota error into a UserTermsError and leaves the old list', async () => {
    await saveUserTerms([finance]);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await saveUserTerms([finance, council]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserTermsError);
    expect((error as InstanceType<typeof UserTermsError>).reason).toEqual(reason('userTermsQuota'));
    vi.restoreAllMocks();
    expect(await userTermsItem.getValue()).toEqual([finance]);
  });

  it('reports other write failures with their own reason', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error'));
    await expect(saveUserTerms([finance])).rejects.toMatchObject({ reason: reason('userTermsWriteFailed') });
  });
});
