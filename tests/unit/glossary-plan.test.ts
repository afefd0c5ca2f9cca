import { describe, expect, it } from 'vitest';
import { loadGlossary, oneWayLineage } from '../../glossary/load';
import { loadPlans, parsePlan, summarizePlans } from '../../glossary/plan';

const TABLE = `Source: a list.

| Chinese | English | Entry | Note |
|---|---|---|---|
| 甲法 | A Law | a-law | |
| 乙法 | B Law | todo | |
| 丙法 | C Law | - | left out: repealed |
| 丁法 | D Law | no-such-entry | |
| 戊 | E | a-law, b-law | two entries |
`;

describe('plan tables', () => {
  it('reads the rows and counts each state, naming rows whose entry does not exist', () => {
    const rows = parsePlan('test', TABLE);
    expect(rows.map((r) => r.entry)).toEqual(['a-law', 'todo', '-', 'no-such-entry', 'a-law, b-law']);
    expect(rows[0]).toMatchObject({ zh: '甲法', en: 'A Law', line: 5 });
    const [s] = summarizePlans(rows, new Set(['a-law']));
    expect(s).toMatchObject({ plan: 'test', rows: 5, inGlossary: 1, todo: 1, leftOut: 1 });
    expect(s.missing).toEqual(['test.md:8: no-such-entry (丁法)', 'test.md:9: b-law (戊)']);
  });

  it('every plan names only entries that exist', () => {
    const ids = new Set(loadGlossary().entries.map((e) => e.id));
    const summaries = summarizePlans(loadPlans(), ids);
    expect(summaries.length).toBeGreaterThanOrEqual(6);
    expect(summaries.flatMap((s) => s.missing)).toEqual([]);
  });

  it('every lineage link in the glossary goes both ways', () => {
    expect(oneWayLineage(loadGlossary().entries)).toEqual([]);
  });
});
