// What signCredential makes passes a verifier written from the specifications alone; a tampered copy
// and proofs by other keys do not.
import { beforeAll, describe, expect, it } from 'vitest';
import { createIssuerKey, didDocument } from '../../src/signing/issuer-keys.ts';
import type { OpenBadgeCredential } from '../../src/signing/open-badge.ts';
import { signCredential, type Signed } from '../../src/signing/sign.ts';
import { verifyIndependently } from './independent-verifier.ts';
import { sampleCredential, sampleIssuer, signedSample, type SampleIssuer } from './sample-credential.ts';

describe('independent eddsa-rdfc-2022 verifier', () => {
  let issuer: SampleIssuer;
  let signed: Signed<OpenBadgeCredential>;
  const verify = (secured: object) =>
    verifyIndependently(secured as Record<string, unknown>, {
      loader: issuer.loader,
      didDocuments: (did) => (did === issuer.did ? didDocument(issuer.did, [issuer.key]) : null),
    });

  beforeAll(async () => {
    issuer = await sampleIssuer();
    signed = await signedSample(issuer);
  });

  it('accepts the signed credential and the signed status list', async () => {
    expect(await verify(signed)).toEqual({ verified: true });
    expect(await verify(issuer.statusList)).toEqual({ verified: true });
  });

  it('rejects a tampered copy: a changed field, a changed proof option', async () => {
    const renamed = structuredClone(signed);
    renamed.credentialSubject.achievement.name = 'Expert';
    expect(await verify(renamed)).toEqual({ verified: false, reason: 'signature does not verify' });

    const redated = structuredClone(signed);
    redated.proof.created = '2027-01-01T00:00:00Z';
    expect(await verify(redated)).toEqual({ verified: false, reason: 'signature does not verify' });
  });

  it('rejects a proof made with another key under the issuer’s key id', async () => {
    const other = await createIssuerKey(issuer.did);
    const forged = await signCredential(
      sampleCredential(issuer),
      { ...other, id: issuer.key.id },
      issuer.loader,
    );
    expect(forged.proof.verificationMethod).toBe(issuer.key.id);
    expect(await verify(forged)).toEqual({ verified: false, reason: 'signature does not verify' });
  });

  it('rejects a proof by a key the issuer’s DID document does not list', async () => {
    const other = await createIssuerKey(issuer.did);
    const unlisted = await signCredential(sampleCredential(issuer), other, issuer.loader);
    expect(await verify(unlisted)).toEqual({
      verified: false,
      reason: 'verification method not in the issuer’s DID document',
    });
  });
});
