import { describe } from 'vitest';
import { extensionSuite } from './extension-suite';
import { launchChromium } from './harness/chromium';

describe('Chromium', () => extensionSuite(() => launchChromium()));
