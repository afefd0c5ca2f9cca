/**
 * Where the restore scripts (restore-real-texts.mjs, restore-coverage-corpus.mjs) find a public repository: a local
 * bare git dir, most specific first: $CPL_MIRRORS (a CI or developer mirror), the sandbox mirror, then our own cache.
 * Only the cache is ever created, and only when the network allows a blobless clone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const cacheDir = join(homedir(), '.cache/china-policy-lens/repos');
const located = new Map();
/** `{ dir }` of the repository "owner/name", or `{ why }` it cannot be had. */
export function locate(repo) {
  if (located.has(repo)) return located.get(repo);
  const name = repo.replace('/', '+');
  const candidates = [
    process.env.CPL_MIRRORS && join(process.env.CPL_MIRRORS, name, 'repo'),
    join('/work/.mirror', name, 'repo'),
    join(cacheDir, name),
  ].filter(Boolean);
  let found = candidates.find((dir) => existsSync(dir));
  let why = '';
  if (!found) {
    // Blobless clone: only the files we ask for are downloaded, on demand.
    const target = join(cacheDir, name);
    try {
      mkdirSync(cacheDir, { recursive: true });
      execFileSync('git', ['clone', '--quiet', '--bare', '--filter=blob:none', `https://github.com/${repo}`, target], {
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      found = target;
    } catch (err) {
      why = `no local mirror and clone failed (${String(err.stderr || err.message)
        .trim()
        .split('\n')
        .pop()})`;
    }
  }
  const result = found ? { dir: found } : { why };
  located.set(repo, result);
  return result;
}
