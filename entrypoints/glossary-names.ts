/** The glossary bundle's card entries and surfaces (platform/glossary-parts.ts says why the bundle is two scripts). */
import names from 'virtual:cpl-glossary/runtime-names';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { putNames } from '../platform/glossary-parts';

export default defineUnlistedScript(() => putNames(names));
