// A credential's life with the Digital Bazaar verifier: issued and valid, invalid once changed,
// revoked through the re-signed status list, and never trusted on an unsigned or missing list.
import { beforeAll, describe, expect, it } from 'vitest';
import type { OpenBadgeCredential } from '../../src/signing/open-badge.ts';
import { signCredential, type Signed } from '../../src/signing/sign.ts';
import { verifyCredential } from '../../src/signing/verify.ts';
import {
  ISSUED_AT,
  sampleCredential,
  sampleIssuer,
  signedSample,
  type SampleIssuer,
} from './sample-credential.ts';

describe('signed Open Badge', () => {
  let issuer: SampleIssuer;
  let signed: Signed<OpenBadgeCredential>;
  const check = (credential: object, statusList: () => object | null = () => issuer.statusList) =>
    verifyCredential(credential, {
      loader: issuer.loader,
      statusList: (url) => (url === issuer.statusList.id ? statusList() : null),
    });

  beforeAll(async () => {
    issuer = await sampleIssuer();
    signed = await signedSample(issuer, 42);
  });

  it('carries an eddsa-rdfc-2022 DataIntegrityProof by the issuer’s key, dated as asked', () => {
    expect(signed.proof).toEqual({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      created: ISSUED_AT.toISOString().replace('.250', ''),
      verificationMethod: issuer.key.id,
      proofPurpose: 'assertionMethod',
      proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]+$/),
    });
    expect(issuer.key.id.startsWith(`${signed.issuer.id}#`)).toBe(true);
  });

  it('verifies, and is not revoked', async () => {
    expect(await check(signed)).toEqual({ verified: true, revoked: false, problems: [] });
  });

  it('fails once one field is changed', async () => {
    const tampered = structuredClone(signed);
    tampered.credentialSubject.achievement.name = 'Expert';
    const result = await check(tampered);
    expect(result.verified).toBe(false);
    expect(result.revoked).toBe(false);
    expect(result.problems.join(' ')).toMatch(/[Ii]nvalid signature/);
  });

  it('fails when the proof names a key the issuer does not list', async () => {
    const stranger = structuredClone(signed);
    stranger.proof.verificationMethod = `${signed.issuer.id}#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK`;
    expect((await check(stranger)).verified).toBe(false);
  });

  it('says revoked once its bit is set in the re-signed list, and valid again once cleared', async () => {
    await issuer.revoke(42);
    expect(await check(signed)).toEqual({
      verified: false,
      revoked: true,
      problems: ['revoked by its issuer'],
    });
    const neighbour = await signedSample(issuer, 43);
    expect(await check(neighbour)).toEqual({ verified: true, revoked: false, problems: [] });
    await issuer.revoke(42, false);
    expect(await check(signed)).toEqual({ verified: true, revoked: false, problems: [] });
  });

  it('trusts no status list whose proof fails, and none that is missing', async () => {
    const forged = structuredClone(issuer.statusList);
    forged.credentialSubject.encodedList = (await sampleIssuer()).statusList.credentialSubject.encodedList;
    forged.validFrom = '2026-03-03T00:00:00Z';
    const onForgedList = await check(signed, () => forged);
    expect(onForgedList.verified).toBe(false);
    expect(onForgedList.problems.join(' ')).toMatch(/BitstringStatusListCredential" not verified/);

    const withoutList = await check(signed, () => null);
    expect(withoutList.verified).toBe(false);
    expect(withoutList.problems.join(' ')).toContain(`not fetched: ${issuer.statusList.id}`);
  });

  it('leaves the unsigned input as it was', async () => {
    const unsigned = sampleCredential(issuer);
    const copy = structuredClone(unsigned);
    await signCredential(unsigned, issuer.key, issuer.loader);
    expect(unsigned).toEqual(copy);
  });
});
