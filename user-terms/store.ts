/**
 * The user's terms in extension storage. Local, not sync: a termbase of thousands of terms is megabytes, and sync
 * storage holds 100 KB. One item holding the whole list, written with one `setValue`, so a write either stores the
 * new list or fails and leaves the old one (never half a list); versioned like the settings (platform/settings.ts) so a
 * later shape can migrate what is stored.
 *
 * What is read back is validated again: storage can hold anything an older or broken version (or another
 * extension page's bug) wrote, and one bad item must cost that item, not the whole list or the content script.
 */
import { storage } from 'wxt/utils/storage';
import { USER_TERMS_MAX } from '../platform/constants';
import { reason, type Reason } from '../platform/reasons';
import { packUserTerms, packedTermsItem } from './packed';
import { validateUserTerm, type UserTerm } from './schema';

export const userTermsItem = storage.defineItem<UserTerm[]>('local:userTerms', { fallback: [], version: 1 });

/** A failed save, with the reason to show (a message key: the UI translates it). */
export class UserTermsError extends Error {
  constructor(
    readonly reason: Reason,
    override readonly cause?: unknown,
  ) {
    super(
      reason.key === 'userTermsQuota'
        ? 'Not enough storage for the terms; nothing was saved.'
        : 'The terms could not be saved; nothing was saved.',
    );
    this.name = 'UserTermsError';
  }
}

/** Chromium says "QUOTA_BYTES quota exceeded", Firefox a QuotaExceededError or "…quota…". */
const isQuotaError = (e: unknown) =>
  (e instanceof Error && (e.name === 'QuotaExceededError' || /quota/i.test(e.message))) || /quota/i.test(String(e));

/**
 * Replaces the stored list and its compiled form (user-terms/packed.ts) in one write. If the browser refuses that,
 * the list alone is written and the compiled form removed (frames then compile the terms themselves); throws a
 * UserTermsError when the list cannot be written either.
 */
export async function saveUserTerms(terms: readonly UserTerm[]): Promise<void> {
  if (terms.length > USER_TERMS_MAX) throw new UserTermsError(reason('importListFull', USER_TERMS_MAX));
  try {
    await storage.setItems([
      { item: userTermsItem, value: [...terms] },
      { item: packedTermsItem, value: terms.length ? await packUserTerms(terms) : null },
    ]);
    return;
  } catch {
    // Below: the list without its compiled form.
  }
  try {
    await userTermsItem.setValue([...terms]);
  } catch (e) {
    throw new UserTermsError(reason(isQuotaError(e) ? 'userTermsQuota' : 'userTermsWriteFailed'), e);
  }
  // A compiled form of the old list would not fit the new one; if this fails too, the background replaces it.
  await packedTermsItem.removeValue().catch(() => undefined);
}

/** The stored terms that are still valid (normalised), the first of any repeated id, at most USER_TERMS_MAX. */
export async function loadUserTerms(): Promise<UserTerm[]> {
  let stored: unknown;
  try {
    stored = await userTermsItem.getValue();
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  const seen = new Set<string>();
  const terms: UserTerm[] = [];
  for (const raw of stored) {
    const result = validateUserTerm(raw);
    if (!result.ok || seen.has(result.term.id)) continue;
    seen.add(result.term.id);
    terms.push(result.term);
    if (terms.length === USER_TERMS_MAX) break;
  }
  return terms;
}
