/** The glossary bundle's prebuilt automaton (platform/glossary-parts.ts says why the bundle is two scripts). */
import automaton from 'virtual:cpl-glossary/runtime-automaton';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { putAutomaton } from '../platform/glossary-parts';

export default defineUnlistedScript(() => putAutomaton(automaton));
