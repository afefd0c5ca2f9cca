/** The entries the popup searches: the bundled glossary, then the user's own terms (kept current while open). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CompiledEntry } from '../../matching/model';
import { loadEntries, loadedEntries } from '../../glossary/bundled';
import { userEntry } from '../../user-terms/entries';
import { loadUserTerms, userTermsItem } from '../../user-terms/store';
import type { UserTerm } from '../../user-terms/schema';

export function useEntries(): { entries: readonly CompiledEntry[]; byId: Map<string, CompiledEntry> } {
  const [user, setUser] = useState<UserTerm[]>([]);
  // Read before the popup's first render (main.tsx); if that read failed, tried again here.
  const [bundled, setBundled] = useState<readonly CompiledEntry[]>(() => loadedEntries()?.entries ?? []);
  useEffect(() => {
    if (!loadedEntries()) void loadEntries().then(({ entries }) => setBundled(entries));
  }, []);
  useEffect(() => {
    void loadUserTerms().then(setUser);
    return userTermsItem.watch(() => void loadUserTerms().then(setUser));
  }, []);
  return useMemo(() => {
    const entries = user.length ? [...bundled, ...user.map(userEntry)] : bundled;
    return { entries, byId: new Map(entries.map((e) => [e.id, e])) };
  }, [bundled, user]);
}
