// Ambient module declarations cannot import at the top (that would make this file a module), hence import() types.
/* eslint-disable @typescript-eslint/consistent-type-imports */
declare module 'virtual:cpl-glossary' {
  const glossary: { entries: import('../../matching/model').CompiledEntry[] };
  export default glossary;
}
