// The revocation list: at least 131,072 entries, gzip then base64url behind the multibase `u`, and
// bits that set and clear where the Bitstring Status List spec puts them.
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  createStatusList,
  isRevoked,
  MIN_STATUS_LIST_LENGTH,
  setRevoked,
} from '../../src/signing/status-list.ts';

const LIST_URL = 'https://paths.example.org/credentials/status/1';
const ISSUER = 'did:web:paths.example.org';

function bytesOf(encodedList: string): Buffer {
  return gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
}

describe('status list', () => {
  it('is a BitstringStatusListCredential of 131,072 clear bits, gzip then base64url behind u', async () => {
    const list = await createStatusList({
      id: LIST_URL,
      issuer: ISSUER,
      validFrom: new Date('2026-03-02T10:00:00.500Z'),
    });
    expect(list).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: LIST_URL,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: ISSUER,
      validFrom: '2026-03-02T10:00:00Z',
      credentialSubject: {
        id: `${LIST_URL}#list`,
        type: 'BitstringStatusList',
        statusPurpose: 'revocation',
        encodedList: expect.stringMatching(/^u[A-Za-z0-9_-]+$/),
      },
    });
    const bytes = bytesOf(list.credentialSubject.encodedList);
    expect(MIN_STATUS_LIST_LENGTH).toBeGreaterThanOrEqual(131_072);
    expect(bytes.length * 8).toBe(131_072);
    expect(bytes.length).toBe(16_384);
    expect(bytes.every((byte) => byte === 0)).toBe(true);
  });

  it('refuses fewer entries than the spec’s minimum, and allows more', async () => {
    await expect(createStatusList({ id: LIST_URL, issuer: ISSUER, length: 1024 })).rejects.toThrow(/131072/);
    const longer = await createStatusList({ id: LIST_URL, issuer: ISSUER, length: 262_144 });
    expect(bytesOf(longer.credentialSubject.encodedList).length).toBe(32_768);
  });

  it('sets and clears one bit, counting from the first byte’s most significant bit', async () => {
    const { credentialSubject } = await createStatusList({ id: LIST_URL, issuer: ISSUER });
    let encoded = credentialSubject.encodedList;
    for (const index of [0, 9, 131_071]) encoded = await setRevoked(encoded, index, true);
    expect(encoded.startsWith('u')).toBe(true);
    const bytes = bytesOf(encoded);
    expect([bytes[0], bytes[1], bytes[16_383]]).toEqual([0b1000_0000, 0b0100_0000, 0b0000_0001]);
    expect(await isRevoked(encoded, 9)).toBe(true);
    expect(await isRevoked(encoded, 8)).toBe(false);
    encoded = await setRevoked(encoded, 9, false);
    expect(await isRevoked(encoded, 9)).toBe(false);
    expect(await isRevoked(encoded, 0)).toBe(true);
    await expect(setRevoked(encoded, 131_072, true)).rejects.toThrow(/out of range/);
  });

  it('keeps the bits when the list is made again from them (to be re-signed)', async () => {
    const encodedList = await setRevoked(
      (await createStatusList({ id: LIST_URL, issuer: ISSUER })).credentialSubject.encodedList,
      5,
      true,
    );
    const again = await createStatusList({ id: LIST_URL, issuer: ISSUER, encodedList });
    expect(await isRevoked(again.credentialSubject.encodedList, 5)).toBe(true);
  });
});
