declare module 'virtual:cpl-glossary' {
  const glossary: { entries: import('../../matching/model').CompiledEntry[] };
  export default glossary;
}
declare module 'virtual:cpl-glossary/runtime' {
  /** A RuntimeGlossary: JSON of all but the automaton (parsed on first use), and the automaton. */
  const runtime: { json: string; automaton: import('../../matching/automaton').SerializedAutomaton };
  export default runtime;
}
