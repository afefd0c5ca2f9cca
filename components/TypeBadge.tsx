import type { EntryType } from '../glossary/schema';
import { typeLabel } from './labels';

export function TypeBadge({ type }: { type: EntryType }) {
  return <span class={`cpl-badge cpl-badge-${type}`}>{typeLabel(type)}</span>;
}
