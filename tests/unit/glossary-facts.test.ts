import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../glossary/load';
import type { Entry } from '../../glossary/schema';

/**
 * A sample of entries checked field by field against their sources: official Chinese titles as promulgated, dates
 * of adoption and effect as stated in the laws' own final articles and the NPC/State Council announcements, and the
 * lineage of bodies as set out in the 2008, 2013 and 2018 State Council restructuring plans. A change to any of these
 * fields must be a correction, made knowingly.
 */
const SAMPLE: Array<Partial<Entry> & { id: string; parent?: string; predecessors?: string[]; successors?: string[] }> =
  [
    {
      id: 'cybersecurity-law',
      zh: '中华人民共和国网络安全法',
      dates: { promulgated: '2016-11-07', effective: '2017-06-01', amended: ['2025-10-28'] },
      parent: 'npcsc',
    },
    {
      id: 'data-security-law',
      zh: '中华人民共和国数据安全法',
      dates: { promulgated: '2021-06-10', effective: '2021-09-01' },
      parent: 'npcsc',
    },
    {
      id: 'pipl',
      zh: '中华人民共和国个人信息保护法',
      dates: { promulgated: '2021-08-20', effective: '2021-11-01' },
      acronyms: ['PIPL'],
    },
    {
      id: 'national-security-law',
      zh: '中华人民共和国国家安全法',
      dates: { promulgated: '2015-07-01', effective: '2015-07-01' },
    },
    {
      id: 'counter-espionage-law',
      zh: '中华人民共和国反间谍法',
      dates: { promulgated: '2014-11-01', effective: '2014-11-01', revised: ['2023-04-26'] },
    },
    {
      id: 'export-control-law',
      zh: '中华人民共和国出口管制法',
      dates: { promulgated: '2020-10-17', effective: '2020-12-01' },
    },
    {
      id: 'anti-foreign-sanctions-law',
      zh: '中华人民共和国反外国制裁法',
      dates: { promulgated: '2021-06-10', effective: '2021-06-10' },
    },
    {
      id: 'foreign-relations-law',
      zh: '中华人民共和国对外关系法',
      dates: { promulgated: '2023-06-28', effective: '2023-07-01' },
    },
    {
      id: 'cii-regulations',
      zh: '关键信息基础设施安全保护条例',
      dates: { promulgated: '2021-07-30', effective: '2021-09-01' },
      parent: 'state-council',
    },
    {
      id: 'generative-ai-measures',
      zh: '生成式人工智能服务管理暂行办法',
      dates: { promulgated: '2023-07-10', effective: '2023-08-15' },
    },
    {
      id: 'central-cyberspace-affairs-commission',
      zh: '中央网络安全和信息化委员会',
      predecessors: ['central-leading-group-cybersecurity-informatization'],
    },
    { id: 'sappprft', zh: '国家新闻出版广电总局', status: 'abolished', predecessors: ['gapp', 'sarft'] },
    { id: 'mii', zh: '信息产业部', status: 'abolished', successors: ['miit'] },
    { id: 'nda', zh: '国家数据局', dates: { established: '2023-10-25' }, parent: 'ndrc' },
  ];

describe('facts checked against sources', () => {
  const byId = new Map(loadGlossary().entries.map((e) => [e.id, e]));
  it.each(SAMPLE.map((s) => [s.id, s] as const))('%s', (id, expected) => {
    const entry = byId.get(id);
    expect(entry, `no entry ${id}`).toBeDefined();
    const { parent, predecessors, successors, ...fields } = expected;
    for (const [field, value] of Object.entries(fields))
      expect(entry![field as keyof Entry], `${id}.${field}`).toEqual(value);
    if (parent) expect(entry!.relations?.parent).toBe(parent);
    if (predecessors) expect(entry!.relations?.predecessors).toEqual(expect.arrayContaining(predecessors));
    if (successors) expect(entry!.relations?.successors).toEqual(expect.arrayContaining(successors));
  });
});
