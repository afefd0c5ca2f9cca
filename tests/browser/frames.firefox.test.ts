import { describe } from 'vitest';
import { framesSuite } from './frames-suite';
import { launchFirefox } from './harness/firefox';

describe('frames and documents (Firefox ESR)', () => framesSuite(() => launchFirefox()));
