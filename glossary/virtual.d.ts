declare module 'virtual:cpl-glossary' {
  const glossary: { entries: import('./compiled').CompiledEntry[] };
  export default glossary;
}
declare module 'virtual:cpl-glossary/runtime' {
  const runtime: import('./compiled').RuntimeGlossary;
  export default runtime;
}
