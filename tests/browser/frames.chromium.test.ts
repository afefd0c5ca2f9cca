import { describe } from 'vitest';
import { framesSuite } from './frames-suite';
import { launchChromium } from './harness/chromium';

describe('frames and documents (Chromium)', () => framesSuite(() => launchChromium()));
