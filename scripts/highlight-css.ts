/** `npm run highlight-css`: writes entrypoints/content/highlights.css from platform/highlight-styles.ts. */
import { writeFileSync } from 'node:fs';
import { highlightCss } from '../platform/highlight-styles';

writeFileSync(new URL('../entrypoints/content/highlights.css', import.meta.url), highlightCss());
