/**
 * `npm run real -- show ID`: an annotation of the real-text set expanded into spans, each with its context, and its
 * problems (surfaces not in the text, unknown categories), for annotators and checkers. `npm run real -- status`:
 * which texts are restored and annotated. Those two show nothing of the glossary: annotating stays blind to it.
 * `keys` is for whoever maps keys to entries afterwards (cli/real-keys.ts), never for annotators.
 */
import { annotationProblems, expand, loadSources, readAnnotation, readText } from '../eval/real-set';
import { keysCommand } from './real-keys';

const [command, id, ...rest] = process.argv.slice(2);
const sources = loadSources();

if (command === 'show' && id) {
  const text = readText(id);
  const annotation = readAnnotation(id);
  if (!text) throw new Error(`${id}: text not restored (node scripts/restore-real-texts.mjs)`);
  if (!annotation) throw new Error(`${id}: no annotation in tests/fixtures/real/annotations/${id}.json`);
  for (const p of annotationProblems(annotation, text)) console.log(`PROBLEM ${p}`);
  for (const span of expand(annotation, text)) {
    const before = text.slice(Math.max(0, span.start - 25), span.start).replace(/\s+/g, ' ');
    const after = text.slice(span.end, span.end + 25).replace(/\s+/g, ' ');
    console.log(
      `${String(span.start).padStart(6)} ${span.cat.padEnd(11)} …${before}[${text.slice(span.start, span.end)}]${after}…  → ${span.key}`,
    );
  }
} else if (command === 'status') {
  for (const s of sources) {
    const annotation = readAnnotation(s.id);
    const state = !readText(s.id)
      ? 'text missing'
      : !annotation
        ? 'not annotated'
        : `${annotation.terms.length} terms${annotation.checkedBy ? ', checked' : ''}`;
    console.log(`${s.id.padEnd(48)} ${s.genre.padEnd(14)} ${state}`);
  }
} else if (command === 'keys') {
  process.exitCode = keysCommand(
    sources,
    [id, ...rest].filter((a) => a !== undefined),
  );
} else {
  console.error('usage: npm run real -- show ID | status | keys [set KEY ID|null ... | gaps | nulls [--write]]');
  process.exitCode = 2;
}
