/** The two builds in dist/, read once: their manifests and every file by path. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
export type Build = (typeof BUILDS)[number];

const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function builtFiles(build: Build): Map<string, string> {
  const dir = join(DIST, build);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`npm run build\` first.`);
  return new Map(walk(dir).map((path) => [relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8')]));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a manifest is free-form JSON
export function manifest(build: Build): Record<string, any> {
  return JSON.parse(builtFiles(build).get('manifest.json')!);
}
