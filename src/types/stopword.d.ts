declare module 'stopword' {
  /** English stopwords of the `stopword` package. */
  export const eng: string[];
}
