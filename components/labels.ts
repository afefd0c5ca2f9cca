/** Display labels for entry fields, through browser i18n. */
import type { EntryType, Status } from '../glossary/schema';
import { t } from '../platform/i18n';

const TYPE_KEYS: Record<EntryType, string> = { agency: 'typeAgency', law: 'typeLaw', policy: 'typePolicy' };
const STATUS_KEYS: Record<Status, string> = {
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
export const subtypeLabel = (subtype: string) => t(`subtype_${subtype.replace(/-/g, '_')}`);
