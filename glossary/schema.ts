/**
 * The glossary entry schema: TypeScript types and the runtime validation that the build, the tests and the
 * command-line tools run over every file in `glossary/data/`. valibot is used rather than hand-written checks
 * so that every failure comes back with the path of the offending field.
 */
import * as v from 'valibot';
import { USER_TERM_NAME_MAX } from '../platform/constants';

export const ENTRY_TYPES = ['agency', 'law', 'policy'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/** Finer kinds within each type; `subtypesFor` says which belong to which type. */
export const SUBTYPES = {
  agency: [
    'party-body', // departments and offices of the CPC Central Committee
    'party-commission', // central commissions (incl. upgraded leading groups)
    'leading-group', // leading small groups (领导小组)
    'state-council', // the State Council itself and its general office
    'ministry', // ministries and commissions that are State Council component departments
    'state-council-agency', // directly affiliated agencies, administrations under ministries, offices
    'legislature', // NPC, NPCSC and their committees
    'judiciary', // courts and procuratorates
    'military', // PLA and Central Military Commission bodies
    'quasi-state', // associations, centres, industry bodies under state guidance
    'state-enterprise', // state-owned enterprises and state media
    'international', // international or multilateral bodies in China texts (SCO, WIC)
    'office', // a post, not a body: General Secretary, Premier, Party secretary
  ],
  law: [
    'constitution',
    'law', // statutes of the NPC or its Standing Committee
    'administrative-regulation', // State Council regulations (行政法规)
    'departmental-rule', // ministry or agency rules (部门规章)
    'normative-document', // notices, opinions, guidelines (规范性文件)
    'judicial-interpretation',
    'party-document', // Central Committee documents, communiqués, decisions
    'plan', // five-year plans, action plans, strategies
    'white-paper',
    'standard', // national standards (GB, GB/T)
    'draft',
    'legislative-decision', // decisions of the NPC or its Standing Committee cited by title
    'document-kind', // a kind of document (意见, 条例): its card answers for a 《》 title the glossary does not hold
  ],
  policy: [
    'concept', // an idea or doctrine (cyber sovereignty)
    'formulation', // an official slogan or tifa (网络强国)
    'system', // an institutional arrangement (real-name registration, social credit system)
    'campaign', // a time-bound campaign (Qinglang)
    'initiative', // a programme (Internet Plus, Belt and Road)
    'analytic', // a term scholars use about China (fragmented authoritarianism)
    'legal-concept', // a term a law or regulation defines (sensitive personal information)
    'event', // a Party congress, plenum or NPC session
  ],
} as const satisfies Record<EntryType, readonly string[]>;

export const STATUSES = [
  'active', // a body that exists, a term in current use
  'in-force', // a law or rule in effect
  'draft', // published for comment or not yet adopted
  'superseded', // a law or plan replaced by another
  'expired', // a plan whose period has ended
  'abolished', // a body dissolved, a rule repealed
  'renamed', // a body that continues under another name
  'historical', // a term no longer in official use
] as const;
export type Status = (typeof STATUSES)[number];

const nonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
/** A name: the glossary's exports must import back as the user's own terms, whose names have a length limit. */
const name = v.pipe(
  nonEmpty,
  v.maxLength(USER_TERM_NAME_MAX, `must be at most ${USER_TERM_NAME_MAX} characters (a user term's limit)`),
);
const nameList = v.pipe(v.array(name), v.nonEmpty('must not be an empty list; leave the field out'));
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = v.pipe(v.string(), v.regex(idPattern, 'must be lowercase kebab-case (a-z, 0-9, hyphens)'));
const idList = v.pipe(v.array(id), v.nonEmpty('must not be an empty list; leave the field out'));
/** Dates are as precise as the source allows: a year, a month or a day. */
const date = v.pipe(
  v.string(),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);
/** Some Chinese character (the user's terms check their Chinese names with the same test). */
export const HAN = /\p{Script=Han}/u;
const hanOnly = v.pipe(
  nonEmpty,
  v.check((s) => HAN.test(s), 'must contain Chinese characters'),
);
/** Pinyin with tone marks, syllables separated by spaces, e.g. "wǎngluò qiángguó". */
// eslint-disable-next-line no-misleading-character-class -- U+0300-036F are the combining tone marks, wanted alone
export const PINYIN_PATTERN = /^[A-Za-zÀ-ɏ̀-ͯ' \-·]+$/u;
const pinyin = v.pipe(nonEmpty, v.regex(PINYIN_PATTERN, 'must be pinyin in Latin letters with tone marks'));
const httpUrl = v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//, 'must be http(s)'));

const SourceSchema = v.strictObject({
  title: nonEmpty,
  author: v.optional(nonEmpty),
  publisher: v.optional(nonEmpty),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2100))),
  url: v.optional(httpUrl),
});
export type Source = v.InferOutput<typeof SourceSchema>;

const DatesSchema = v.strictObject({
  established: v.optional(date),
  renamed: v.optional(date),
  abolished: v.optional(date),
  promulgated: v.optional(date),
  effective: v.optional(date),
  amended: v.optional(v.array(date)),
  superseded: v.optional(date),
  /** Laws: the day the NPC or its Standing Committee voted, where it differs from promulgation. */
  adopted: v.optional(date),
  /** Laws: comprehensive revisions (修订), as distinct from amendments (修正) in `amended`. */
  revised: v.optional(v.array(date)),
  repealed: v.optional(date),
  /** Events: the first and the last day. */
  opened: v.optional(date),
  closed: v.optional(date),
});

/** How an English name stands: the body's or the NPC's own, the field's usual one, or one to avoid. */
export const EN_USAGES = ['official', 'standard', 'informal', 'outdated', 'mistranslation'] as const;

const RelationsSchema = v.strictObject({
  /** The supervising or parent body (for agencies), or the issuing body (for laws and documents). */
  parent: v.optional(id),
  predecessors: v.optional(idList),
  successors: v.optional(idList),
  /** For laws: the bodies that enforce or administer it. */
  enforcedBy: v.optional(idList),
  related: v.optional(idList),
});

const NOT_A_NAME = "lists a surface that is not one of the entry's names";

const EntrySchema = v.pipe(
  v.strictObject({
    id,
    type: v.picklist(ENTRY_TYPES),
    subtype: v.optional(v.string()),
    /** Official English name (or the most established rendering). */
    en: name,
    /** Other English names in use, former official renderings, short titles ("Cybersecurity Law"). */
    enAlt: v.optional(nameList),
    /** How each English name (`en` or one of `enAlt`) stands; names left out are not classified. */
    enUsage: v.optional(v.record(nonEmpty, v.picklist(EN_USAGES))),
    /** Laws and documents: the document number (文号), e.g. 国务院令第745号. */
    docNumber: v.optional(nonEmpty),
    /** Legal concepts: the entry of the law that defines the term, and where. */
    definedIn: v.optional(v.strictObject({ law: id, article: nonEmpty })),
    /** Legal concepts: the defining sentence quoted in Chinese from that law. */
    legalDefinitionZh: v.optional(hanOnly),
    /** Acronyms, matched case-sensitively and as whole words. */
    acronyms: v.optional(nameList),
    /** Official Chinese name in simplified characters. */
    zh: hanOnly,
    /** Traditional characters of `zh`; derived at build time with OpenCC when left out. */
    zhTrad: v.optional(hanOnly),
    /** Other Chinese forms: short names (网信办), short titles (网安法), the form laws use (国家网信部门). */
    zhAlt: v.optional(v.array(hanOnly)),
    /** Taiwan vocabulary forms where they differ from a character-by-character conversion (網路, 資訊). */
    zhTw: v.optional(v.array(hanOnly)),
    /** Hong Kong vocabulary forms where they differ. */
    zhHk: v.optional(v.array(hanOnly)),
    /** Pinyin of `zh` with tone marks. */
    pinyin: v.optional(pinyin),
    /** Pinyin of other forms readers meet (short names), with tone marks. */
    pinyinAlt: v.optional(v.array(pinyin)),
    /**
     * Surfaces (from any name field) that also mean something outside China texts ("CAC 40", "PLA" plastic):
     * they are marked only when the same text names a China term unambiguously.
     */
    ambiguous: v.optional(nameList),
    /**
     * Names shown on the card but never marked on pages, because they are everyday words in their language
     * (系统 "system" for xitong): the entry is still found through its other names.
     */
    unmarked: v.optional(nameList),
    /**
     * Of the `unmarked` names, those that are terms of art in a law's own text (重伤, 事业单位, 违法所得): marked in a
     * paragraph that is one (matching/law-text.ts), unmarked elsewhere.
     */
    markedInLaw: v.optional(nameList),
    /**
     * Phrases in which one of this entry's surfaces means something else ("CAC 40" the index, "PLA filament"):
     * text matching one of them is never marked as this entry.
     */
    exclusions: v.optional(nameList),
    /**
     * Words that, in the same paragraph as one of this entry's `ambiguous` names, show that it means something else
     * there (polylactic, filament near "PLA"; 國軍, Taiwan's armed forces, near 國防部): in that paragraph the
     * ambiguous names are not marked as this entry. Its unambiguous names are marked as always.
     */
    otherSenseCues: v.optional(nameList),
    /**
     * Words that, in the same paragraph as a name this entry shares with others, make it the entry meant there
     * ("Hong Kong" near "National Security Law"). Elsewhere the shared name goes to its usual entry.
     */
    preferredWith: v.optional(nameList),
    status: v.picklist(STATUSES),
    dates: v.optional(DatesSchema),
    relations: v.optional(RelationsSchema),
    /** One line for the hover card. */
    gloss: v.pipe(nonEmpty, v.maxLength(200, 'must be one line of at most 200 characters')),
    /** Two to five sentences in our own words. */
    definition: nonEmpty,
    sources: v.pipe(v.array(SourceSchema), v.nonEmpty('needs at least one source')),
    /** What is uncertain about this entry and left out for that reason; printed by the glossary report. */
    notes: v.optional(nonEmpty),
  }),
  v.forward(
    v.check(
      (e) => e.subtype === undefined || (SUBTYPES[e.type] as readonly string[]).includes(e.subtype),
      (issue) =>
        `is not a subtype of this type (allowed: ${(SUBTYPES[(issue.input as { type: EntryType }).type] ?? []).join(', ')})`,
    ),
    ['subtype'],
  ),
  v.forward(
    v.check((e) => (e.ambiguous ?? []).every((s) => namesOf(e).has(s)), NOT_A_NAME),
    ['ambiguous'],
  ),
  v.forward(
    v.check((e) => (e.unmarked ?? []).every((s) => namesOf(e).has(s)), NOT_A_NAME),
    ['unmarked'],
  ),
  v.forward(
    v.check(
      (e) => (e.markedInLaw ?? []).every((s) => (e.unmarked ?? []).includes(s)),
      'lists a name that is not also `unmarked`',
    ),
    ['markedInLaw'],
  ),
  v.forward(
    v.check(
      (e) => Object.keys(e.enUsage ?? {}).every((n) => n === e.en || (e.enAlt ?? []).includes(n)),
      'names an English name the entry does not give',
    ),
    ['enUsage'],
  ),
  v.forward(
    v.check(
      (e) => !e.otherSenseCues || (e.ambiguous ?? []).length > 0,
      'applies only to `ambiguous` names, and this entry has none',
    ),
    ['otherSenseCues'],
  ),
);

/** Every name an entry gives in its name fields. */
function namesOf(e: {
  en: string;
  enAlt?: string[];
  acronyms?: string[];
  zh: string;
  zhTrad?: string;
  zhAlt?: string[];
  zhTw?: string[];
  zhHk?: string[];
  pinyin?: string;
  pinyinAlt?: string[];
}): Set<string> {
  return new Set([
    e.en,
    ...(e.enAlt ?? []),
    ...(e.acronyms ?? []),
    e.zh,
    e.zhTrad ?? '',
    ...(e.zhAlt ?? []),
    ...(e.zhTw ?? []),
    ...(e.zhHk ?? []),
    ...(e.pinyinAlt ?? []),
    e.pinyin ?? '',
  ]);
}

export type Entry = v.InferOutput<typeof EntrySchema>;

export class GlossaryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryError';
  }
}

/**
 * Validates one file's parsed JSON. Throws a GlossaryError naming the file, the entry id (or index when the id
 * itself is bad) and the field of every problem found, so that a malformed file fails the build legibly.
 */
export function validateEntries(file: string, data: unknown): Entry[] {
  if (!Array.isArray(data)) throw new GlossaryError(`${file}: must hold a JSON array of entries`);
  const problems: string[] = [];
  const entries: Entry[] = [];
  data.forEach((raw, index) => {
    const result = v.safeParse(EntrySchema, raw);
    if (result.success) {
      entries.push(result.output);
      return;
    }
    const rawId = typeof raw === 'object' && raw && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
    const who = rawId ? `entry "${rawId}"` : `entry #${index + 1}`;
    for (const issue of result.issues) {
      const field = v.getDotPath(issue) ?? '(entry)';
      problems.push(`${file}: ${who}: field "${field}": ${issue.message}`);
    }
  });
  if (problems.length) throw new GlossaryError(problems.join('\n'));
  return entries;
}
