// The static document loader: the shipped contexts, the caller's DID documents, and nothing else.
import { describe, expect, it } from 'vitest';
import {
  DATA_INTEGRITY_V2_CONTEXT,
  DID_V1_CONTEXT,
  documentLoader,
  MULTIKEY_V1_CONTEXT,
  OB_V3_CONTEXT,
  VC_V2_CONTEXT,
} from '../../src/signing/document-loader.ts';
import { didDocument } from '../../src/signing/issuer-keys.ts';

const DID = 'did:web:paths.example.org';
const KEY = { id: `${DID}#z6MkfEhiUijJK3YMsAyLuZ559f5bn4wXzreWzFgxGJq56JrQ`, publicKeyMultibase: 'z6MkfEhi' };

describe('document loader', () => {
  const load = documentLoader({ didDocuments: (did) => (did === DID ? didDocument(DID, [KEY]) : null) });

  it('answers every shipped context from its package', async () => {
    for (const url of [
      VC_V2_CONTEXT,
      OB_V3_CONTEXT,
      DID_V1_CONTEXT,
      MULTIKEY_V1_CONTEXT,
      DATA_INTEGRITY_V2_CONTEXT,
    ]) {
      const { document, documentUrl } = await load(url);
      expect(documentUrl).toBe(url);
      expect(document).toHaveProperty('@context');
    }
    expect(OB_V3_CONTEXT).toBe('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    const { document } = await load(OB_V3_CONTEXT);
    expect(JSON.stringify(document)).toContain('IdentityObject');
  });

  it('answers a DID with its document and a key id with its Multikey', async () => {
    expect((await load(DID)).document).toMatchObject({ id: DID, assertionMethod: [KEY.id] });
    expect((await load(KEY.id)).document).toEqual({
      '@context': MULTIKEY_V1_CONTEXT,
      id: KEY.id,
      type: 'Multikey',
      controller: DID,
      publicKeyMultibase: KEY.publicKeyMultibase,
    });
  });

  it('fetches nothing else: other URLs, unknown DIDs and unknown keys throw', async () => {
    for (const url of [
      'https://www.w3.org/2018/credentials/v1',
      'https://example.org/context.json',
      'did:web:elsewhere.example.org',
      `${DID}#z6MkOther`,
    ]) {
      await expect(load(url)).rejects.toThrow(`not fetched: ${url}`);
    }
    await expect(documentLoader()(DID)).rejects.toThrow(`not fetched: ${DID}`);
  });
});
