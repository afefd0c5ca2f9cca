/** Display labels for entry fields, through browser i18n. */
import type { EntryType, Status } from '../glossary/schema';
import { t } from '../lib/i18n';

const TYPE_KEYS: Record<EntryType, string> = { agency: 'typeAgency', law: 'typeLaw', policy: 'typePolicy' };
const STATUS_KEYS: Record<Status, string> = {
  active: 'statusActive', 'in-force': 'statusInForce', draft: 'statusDraft', superseded: 'statusSuperseded',
  expired: 'statusExpired', abolished: 'statusAbolished', renamed: 'statusRenamed', historical: 'statusHistorical',
};

export const typeLabel = (type: EntryType) => t(TYPE_KEYS[type]);
export const statusLabel = (status: Status) => t(STATUS_KEYS[status]);
