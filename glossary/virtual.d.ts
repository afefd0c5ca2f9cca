declare module 'virtual:cpl-glossary' {
  const glossary: import('./compiled').CompiledGlossary;
  export default glossary;
}
