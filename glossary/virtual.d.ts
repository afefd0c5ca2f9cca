declare module 'virtual:cpl-glossary' {
  const glossary: { entries: import('./compiled').CompiledEntry[] };
  export default glossary;
}
declare module 'virtual:cpl-glossary/runtime' {
  /** JSON of a RuntimeGlossary, parsed on first use. */
  const runtime: string;
  export default runtime;
}
