/**
 * The coverage plans (glossary/plan/*.md): tables `| Chinese | English | Entry | Note |`, where Entry is an entry id
 * (or several, comma-separated), `todo` or `-` (left out, the reason in Note). Node-only: the report, the check and
 * the tests read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLAN_DIR = fileURLToPath(new URL('./plan/', import.meta.url));

interface PlanRow {
  plan: string;
  line: number;
  zh: string;
  en: string;
  entry: string;
  note: string;
}

interface PlanSummary {
  plan: string;
  rows: number;
  inGlossary: number;
  leftOut: number;
  todo: number;
  /** Rows naming an id that no entry has: "plan:line: id (Chinese)". */
  missing: string[];
}

/** The domain each data file belongs to, named after its plan (laws-a and laws-b share the laws files). */
export const DOMAIN_OF_FILE: Record<string, string> = {
  'agencies-more.json': 'bodies',
  'agencies-party.json': 'bodies',
  'agencies-state.json': 'bodies',
  'calendar-offices.json': 'calendar-offices',
  'formulations.json': 'formulations',
  'policy-terms.json': 'formulations',
  'laws.json': 'laws',
  'laws-national-a.json': 'laws',
  'laws-national-b.json': 'laws',
  'regulations.json': 'regulations',
  'documents.json': 'regulations',
  'legal-concepts.json': 'legal-concepts',
  'legal-concepts-2.json': 'legal-concepts',
  'criminal-law.json': 'legal-concepts',
  'party-concepts.json': 'legal-concepts',
  'party-bodies.json': 'bodies',
  'party-rules.json': 'regulations',
  'formulations-2.json': 'formulations',
  'hk-macau.json': 'bodies',
  'hk-macau-ordinances.json': 'regulations',
  'taiwan.json': 'bodies',
  'document-kinds.json': 'regulations',
  'laws-3.json': 'laws',
  'agencies-3.json': 'bodies',
  'formulations-3.json': 'formulations',
  'legal-concepts-3.json': 'legal-concepts',
  'legal-concepts-4.json': 'legal-concepts',
  'legal-concepts-5.json': 'legal-concepts',
  'legal-concepts-6.json': 'legal-concepts',
  'legal-concepts-7.json': 'legal-concepts',
  'legal-concepts-8.json': 'legal-concepts',
  'formulations-4.json': 'formulations',
  'gba.json': 'formulations',
  'legal-concepts-9.json': 'legal-concepts',
  'legal-concepts-10.json': 'legal-concepts',
  'media.json': 'bodies',
  'legal-concepts-11.json': 'legal-concepts',
  'legal-concepts-12.json': 'legal-concepts',
  'legal-concepts-13.json': 'legal-core',
  'legal-concepts-14.json': 'legal-concepts',
  'legal-concepts-15.json': 'legal-concepts',
  'legal-concepts-16.json': 'legal-concepts',
  'legal-concepts-18.json': 'legal-core',
  'hk-macau-2.json': 'hk-macau-2',
  'formulations-5.json': 'formulations-5',
  'agencies-4.json': 'bodies',
  'legal-concepts-17.json': 'legal-core',
  'events.json': 'events',
  'formulations-6.json': 'formulations-6',
  'party-concepts-2.json': 'legal-concepts',
  'legal-concepts-19.json': 'legal-core',
  'legal-concepts-20.json': 'legal-core',
  'hk-macau-3.json': 'hk-macau-2',
  'legal-concepts-25.json': 'law-terms-5',
  'legal-concepts-21.json': 'law-terms-1',
  'legal-concepts-22.json': 'law-terms-2',
  'legal-concepts-26.json': 'law-terms-6',
  'legal-concepts-23.json': 'law-terms-3',
  'legal-concepts-24.json': 'law-terms-4',
  'criminal-charges-1.json': 'criminal-charges-1',
  'criminal-charges-2.json': 'criminal-charges-2',
  'criminal-charges-3.json': 'criminal-charges-3',
  'criminal-charges-4.json': 'criminal-charges-4',
};

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());

/** The table rows of one plan's text; the header and separator rows are skipped. */
export function parsePlan(plan: string, text: string): PlanRow[] {
  const rows: PlanRow[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim().startsWith('|')) return;
    const [zh = '', en = '', entry = '', note = ''] = cells(line);
    if (zh === 'Chinese' || /^:?-{3,}:?$/.test(zh)) return;
    rows.push({ plan, line: index + 1, zh, en, entry, note });
  });
  return rows;
}

export function loadPlans(dir = PLAN_DIR): PlanRow[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => parsePlan(f.replace(/\.md$/, ''), readFileSync(join(dir, f), 'utf8')));
}

export function summarizePlans(rows: readonly PlanRow[], ids: ReadonlySet<string>): PlanSummary[] {
  const byPlan = new Map<string, PlanSummary>();
  for (const row of rows) {
    let s = byPlan.get(row.plan);
    if (!s) byPlan.set(row.plan, (s = { plan: row.plan, rows: 0, inGlossary: 0, leftOut: 0, todo: 0, missing: [] }));
    s.rows++;
    if (row.entry === '-') s.leftOut++;
    else if (row.entry === 'todo') s.todo++;
    else {
      // A row may name more than one entry ("premier-state-council, minister"); each must exist.
      const absent = row.entry
        .split(',')
        .map((id) => id.trim())
        .filter((id) => !ids.has(id));
      if (absent.length) s.missing.push(`${row.plan}.md:${row.line}: ${absent.join(', ') || '(empty)'} (${row.zh})`);
      else s.inGlossary++;
    }
  }
  return [...byPlan.values()];
}
