/** Display labels for entry fields, through browser i18n. */
import type { EntryType, Status } from '../glossary/schema';
import { t, type MessageKey } from '../platform/i18n';

const TYPE_KEYS: Record<EntryType, MessageKey> = { agency: 'typeAgency', law: 'typeLaw', policy: 'typePolicy' };
const STATUS_KEYS: Record<Status, MessageKey> = {
  active: 'statusActive',
  'in-force': 'statusInForce',
  draft: 'statusDraft',
  superseded: 'statusSuperseded',
  expired: 'statusExpired',
  abolished: 'statusAbolished',
  renamed: 'statusRenamed',
  historical: 'statusHistorical',
};

export const typeLabel = (type: EntryType) => t(TYPE_KEYS[type]);
export const statusLabel = (status: Status) => t(STATUS_KEYS[status]);

/** A subtype's label ("state-council-agency" -> "State Council agency"), through i18n like every UI string. */
export const subtypeLabel = (subtype: string) =>
  // Built from the schema's subtypes; tests/unit/glossary.test.ts checks that each has its message.
  t(`subtype_${subtype.replace(/-/g, '_')}` as MessageKey);

/** How an English name stands ("official", "outdated"...), through i18n. */
export const usageLabel = (usage: string) => t(`usage_${usage}` as MessageKey);
