/** The entries the popup searches: the bundled glossary, then the user's own terms. */
import { useMemo } from 'preact/hooks';
import type { CompiledEntry } from '../../glossary/compiled';
import { entries as bundled } from '../../lib/glossary-full';

export function useEntries(): { entries: readonly CompiledEntry[]; byId: Map<string, CompiledEntry> } {
  return useMemo(() => ({ entries: bundled, byId: new Map(bundled.map((e) => [e.id, e])) }), []);
}
