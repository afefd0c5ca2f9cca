import { describe } from 'vitest';
import { corpusSuite } from './corpus-suite';
import { launchChromium, launchPlainChromium } from './harness/chromium';

describe('corpus (Chromium)', () =>
  corpusSuite(
    () => launchChromium(),
    () => launchPlainChromium(),
  ));
