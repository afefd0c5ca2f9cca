/** The entries the popup searches: the bundled glossary, then the user's own terms (kept current while open). */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CompiledEntry } from '../../matching/model';
import { loadEntries } from '../../glossary/bundled';
import { userEntry } from '../../user-terms/entries';
import { loadUserTerms, userTermsItem } from '../../user-terms/store';
import type { UserTerm } from '../../user-terms/schema';

export function useEntries(): { entries: readonly CompiledEntry[]; byId: Map<string, CompiledEntry> } {
  const [user, setUser] = useState<UserTerm[]>([]);
  const [bundled, setBundled] = useState<readonly CompiledEntry[]>([]);
  useEffect(() => {
    // The entries file is read once per popup; until then the search has the user's terms alone.
    void loadEntries().then(({ entries }) => setBundled(entries));
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
