import { describe } from 'vitest';
import { extensionSuite } from './extension-suite';
import { launchFirefox } from './harness/firefox';

describe('Firefox ESR', () => extensionSuite(() => launchFirefox()));
