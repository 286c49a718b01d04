// Types for the two RDF libraries the independent verifier uses (they ship none): only what it calls.

declare module 'jsonld' {
  import type { DocumentLoader } from 'jsonld-document-loader';

  const jsonld: {
    /** JSON-LD → RDF (expansion with the loader's contexts), as an N-Quads string. */
    toRDF(
      input: object,
      options: { format: 'application/n-quads'; documentLoader: DocumentLoader; safe?: boolean },
    ): Promise<string>;
  };
  export default jsonld;
}

declare module 'rdf-canonize' {
  /** RDF Dataset Canonicalization: N-Quads in, canonical N-Quads out. */
  export function canonize(
    input: string,
    options: { algorithm: 'RDFC-1.0'; inputFormat: 'application/n-quads'; format: 'application/n-quads' },
  ): Promise<string>;
}
