import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The arrows of docs/architecture.md, checked on every relative import of the source tree.
const ROOTS = [
  'cli',
  'components',
  'entrypoints',
  'eval',
  'formats',
  'glossary',
  'matching',
  'platform',
  'text',
  'user-terms',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'data' || name === 'plan' || name === 'tbx') return [];
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const imports = ROOTS.flatMap(files).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^'?]+)/g)].map((m) => ({
    file,
    target: relative('.', normalize(join(dirname(file), m[1]))),
  })),
);
const folder = (path: string) => path.split('/')[0];
const arrows = (from: string, to: (target: string) => boolean) =>
  imports.filter((i) => folder(i.file) === from && to(i.target)).map((i) => `${i.file} -> ${i.target}`);

describe('import directions', () => {
  it('reads imports from every folder', () => {
    expect(new Set(imports.map((i) => folder(i.file))).size).toBeGreaterThanOrEqual(9);
  });

  it('nothing outside cli/ imports cli/', () => {
    expect(imports.filter((i) => folder(i.file) !== 'cli' && folder(i.target) === 'cli')).toEqual([]);
  });

  it('the matcher knows no DOM, no platform and no entrypoint', () => {
    expect(
      arrows('matching', (t) => !['matching', 'glossary'].includes(folder(t)) || /glossary\/(build|bundled)/.test(t)),
    ).toEqual([]);
  });

  it('views know no entrypoint', () => {
    expect(arrows('components', (t) => folder(t) === 'entrypoints')).toEqual([]);
  });

  it('entrypoints talk to each other only by messages, not imports', () => {
    // The one exception: the PDF reader page hosts the content script's engine (marks, cards, commands) over its
    // text layers, and imports those modules; never the content script's entry (index.ts).
    const hostsEngine = (file: string, target: string) =>
      file.startsWith('entrypoints/pdf/') &&
      target.startsWith('entrypoints/content/') &&
      !/\/index\.tsx?$/.test(target);
    const cross = imports.filter(
      (i) =>
        folder(i.file) === 'entrypoints' &&
        folder(i.target) === 'entrypoints' &&
        i.file.split('/')[1] !== i.target.split('/')[1] &&
        !hostsEngine(i.file, i.target),
    );
    expect(cross.map((i) => `${i.file} -> ${i.target}`)).toEqual([]);
  });

  it('the shared domains import no entrypoint and no view', () => {
    for (const from of ['formats', 'platform', 'text', 'user-terms', 'glossary']) {
      expect(arrows(from, (t) => ['entrypoints', 'components', 'cli'].includes(folder(t)))).toEqual([]);
    }
  });
});
