// nlp.js ships no types for its French stemmer: the three methods used, declared here.
declare module '@nlpjs/lang-fr/src/stemmer-fr.js' {
  export default class StemmerFr {
    setCurrent(word: string): void;
    innerStem(): void;
    getCurrent(): string;
  }
}
