declare module 'virtual:cpl-glossary' {
  const glossary: { entries: import('../../matching/model').CompiledEntry[] };
  export default glossary;
}
declare module 'virtual:cpl-glossary/runtime' {
  const runtime: import('../../matching/bundle').PackedBundle;
  export default runtime;
}
