// The issuer's did:web DID, its Ed25519 Multikeys, and its DID document.
import { describe, expect, it } from 'vitest';
import { createIssuerKey, didDocument, didWeb } from '../../src/signing/issuer-keys.ts';

describe('did:web', () => {
  it('is the host, the port as %3A, path segments after colons', () => {
    expect(didWeb('https://paths.example.org')).toBe('did:web:paths.example.org');
    expect(didWeb('https://Paths.Example.org/')).toBe('did:web:paths.example.org');
    expect(didWeb('http://localhost:3000')).toBe('did:web:localhost%3A3000');
    expect(didWeb('https://example.org:8443/learning/paths/')).toBe(
      'did:web:example.org%3A8443:learning:paths',
    );
  });
});

describe('issuer keys', () => {
  it('creates Ed25519 Multikeys named by their public key, each different', async () => {
    const did = 'did:web:paths.example.org';
    const now = new Date('2026-03-02T10:00:00Z');
    const [first, second] = await Promise.all([createIssuerKey(did, now), createIssuerKey(did, now)]);
    expect(first).toEqual({
      id: `${did}#${first.publicKeyMultibase}`,
      publicKeyMultibase: expect.stringMatching(/^z6Mk[1-9A-HJ-NP-Za-km-z]{44}$/),
      secretKeyMultibase: expect.stringMatching(/^z/),
      createdAt: '2026-03-02T10:00:00.000Z',
    });
    expect(second.publicKeyMultibase).not.toBe(first.publicKeyMultibase);
    expect(second.secretKeyMultibase).not.toBe(first.secretKeyMultibase);
  });

  it('lists every key, old and new, for assertions, and never a secret', async () => {
    const did = 'did:web:localhost%3A3000';
    const keys = [await createIssuerKey(did), await createIssuerKey(did)];
    const document = didDocument(did, keys);
    expect(document).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: keys.map((key) => ({
        id: key.id,
        type: 'Multikey',
        controller: did,
        publicKeyMultibase: key.publicKeyMultibase,
      })),
      assertionMethod: keys.map((key) => key.id),
    });
    const served = JSON.stringify(document);
    for (const key of keys) expect(served).not.toContain(key.secretKeyMultibase);
    expect(served).not.toContain('secret');
  });
});
