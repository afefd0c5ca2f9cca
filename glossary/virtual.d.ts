declare module 'virtual:cpl-glossary' {
  const glossary: { entries: import('./compiled').CompiledEntry[] };
  export default glossary;
}
declare module 'virtual:cpl-glossary/runtime' {
  /** A RuntimeGlossary: JSON of all but the automaton (parsed on first use), and the automaton. */
  const runtime: { json: string; automaton: import('./automaton').SerializedAutomaton };
  export default runtime;
}
