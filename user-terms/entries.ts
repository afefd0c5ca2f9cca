/** The user's terms as glossary entries, for the popup's search and entry view and the background's details. */
import type { CompiledEntry } from '../matching/model';
import type { UserTerm } from './schema';

export function userEntry(t: UserTerm): CompiledEntry {
  return {
    id: t.id,
    type: t.type,
    en: t.en,
    ...(t.enAlt ? { enAlt: t.enAlt } : {}),
    ...(t.acronyms ? { acronyms: t.acronyms } : {}),
    zh: t.zh,
    // No OpenCC outside the build: a term given without traditional characters shows its Chinese name.
    zhTrad: t.zhTrad ?? t.zh,
    ...(t.zhAlt ? { zhAlt: t.zhAlt } : {}),
    ...(t.pinyin ? { pinyin: t.pinyin } : {}),
    status: t.status,
    gloss: t.gloss,
    definition: [t.definition, t.notes].filter(Boolean).join('\n\n'),
    sources: [],
  };
}
