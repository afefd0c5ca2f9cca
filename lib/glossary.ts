/**
 * The bundled glossary at run time: the compiled data and one matcher built from it, shared by whatever part of
 * the extension imports it. The automaton is built on first use, not at import, so a part that never matches
 * (options) does not pay for it.
 */
import glossary from 'virtual:cpl-glossary';
import { Matcher } from '../glossary/matcher';

export { glossary };

let matcher: Matcher | undefined;
export function getMatcher(): Matcher {
  return (matcher ??= new Matcher(glossary.surfaces));
}

const byId = new Map(glossary.entries.map((e, i) => [e.id, i]));
export function entryById(id: string) {
  const index = byId.get(id);
  return index === undefined ? undefined : glossary.entries[index];
}
