import { describe } from 'vitest';
import { corpusSuite } from './corpus-suite';
import { launchFirefox } from './harness/firefox';

describe('corpus (Firefox ESR)', () =>
  corpusSuite(
    () => launchFirefox(),
    () => launchFirefox({ extension: false }),
  ));
