/**
 * Why an import refused a file or a row, as a message key and its substitutions rather than as English text: the
 * options page shows these, and every UI string goes through browser i18n (public/_locales/en and zh_CN). A
 * substitution may itself be a reason ("Row 4: <field problem>"), translated in turn by `reasonText`.
 */

/** Message keys in public/_locales/{en,zh_CN}/messages.json that reasons use. */
export const REASON_KEYS = [
  // One field of one term.
  'userTermFieldRequired',
  'userTermFieldNotText',
  'userTermFieldNotList',
  'userTermFieldTooLong',
  'userTermFieldTooMany',
  'userTermFieldNotChinese',
  'userTermFieldNotPinyin',
  'userTermFieldBadType',
  'userTermFieldBadStatus',
  'userTermFieldBadId',
  // One row of a file.
  'importRow',
  'importEntry',
  'importNotAnEntry',
  'importDuplicateId',
  'importListFull',
  // The whole file.
  'importEmpty',
  'importFileTooLarge',
  'importTooManyTerms',
  'importUnknownFormat',
  'importNotJson',
  'importJsonShape',
  'importCsvUnclosedQuote',
  'importCsvStrayQuote',
  'importCsvNoColumns',
  'importXmlMalformed',
  'importXmlEntity',
  'importTbxNoEntries',
  // Storage.
  'userTermsQuota',
  'userTermsWriteFailed',
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

export interface Reason {
  key: ReasonKey;
  subs: Array<string | Reason>;
}

export function reason(key: ReasonKey, ...subs: Array<string | number | Reason>): Reason {
  return { key, subs: subs.map((s) => (typeof s === 'number' ? String(s) : s)) };
}

/** The text of a reason in the UI's language; `t` is platform/i18n.ts's `t` (or the tests' `messagesT`). */
export function reasonText(r: Reason, t: (key: ReasonKey, subs?: string[]) => string): string {
  return t(
    r.key,
    r.subs.map((s) => (typeof s === 'string' ? s : reasonText(s, t))),
  );
}
