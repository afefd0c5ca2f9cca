/**
 * The content script's glossary bundle travels as two scripts of its own, loaded before the engine in the same
 * isolated world (declared before it for top frames, injected before it into sub-frames, listed before it in the PDF
 * reader page): as one script it passed 5 MB, more than Mozilla's add-on linter parses (FILE_TOO_LARGE), and AMO
 * rejects what it cannot parse. Each part script puts its half here; the engine takes the whole.
 */
import type { PackedBundle } from '../matching/bundle';
import type { SerializedAutomaton } from '../matching/automaton';

/** The part scripts in load order, built from entrypoints/glossary-names.ts and entrypoints/glossary-automaton.ts. */
export const GLOSSARY_SCRIPTS = ['/glossary-names.js', '/glossary-automaton.js'] as const;

export type BundleNames = Omit<PackedBundle, 'automaton'>;

interface Parts {
  names?: BundleNames;
  automaton?: SerializedAutomaton;
}

const parts = (): Parts => ((globalThis as { cplGlossary?: Parts }).cplGlossary ??= {});

export function putNames(names: BundleNames): void {
  parts().names = names;
}

export function putAutomaton(automaton: SerializedAutomaton): void {
  parts().automaton = automaton;
}

/** The whole bundle; throws when a part script did not run first (a build or manifest error, not a page's doing). */
export function glossaryBundle(): PackedBundle {
  const { names, automaton } = parts();
  if (!names || !automaton) throw new Error(`China Policy Lens: ${GLOSSARY_SCRIPTS.join(' and ')} must load first`);
  return { ...names, automaton };
}
