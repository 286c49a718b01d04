// The unsigned Open Badge: the fields ../shared/spec/credentials.md fixes, and the OB 3.0 salted
// email hash checked against the specification's own examples.
import { describe, expect, it } from 'vitest';
import { emailIdentity, openBadgeCredential } from '../../src/signing/open-badge.ts';
import { PUBLIC_URL, sampleCredential, STATUS_LIST_URL } from './sample-credential.ts';

const DID = 'did:web:paths.example.org%3A8443';

describe('Open Badge credential', () => {
  it('has the contexts, types, issuer profile, achievement and status entry the spec lists', () => {
    const credential = sampleCredential({ did: DID }, 7);
    expect(credential).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      id: expect.stringMatching(new RegExp(`^${PUBLIC_URL}/credentials/`)),
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      name: 'Data Analysis: Practitioner',
      validFrom: '2026-03-02T10:15:30Z',
      issuer: {
        id: DID,
        type: ['Profile'],
        name: 'Example University',
        url: 'https://www.example.org',
        email: 'credentials@example.org',
        image: { id: `${PUBLIC_URL}/logo.png`, type: 'Image' },
      },
      credentialSubject: {
        type: ['AchievementSubject'],
        achievement: {
          id: `${PUBLIC_URL}/paths/data-analysis/tiers/practitioner`,
          type: ['Achievement'],
          achievementType: 'Certificate',
          name: 'Practitioner',
          description: 'Can clean, explore and present a data set.',
          criteria: { narrative: expect.stringContaining('Statistics 101') },
          image: { id: `${PUBLIC_URL}/paths/data-analysis/image.png`, type: 'Image' },
          alignment: [
            {
              type: ['Alignment'],
              targetName: 'Statistical analysis',
              targetUrl: `${PUBLIC_URL}/skills/statistical-analysis`,
              targetType: 'ceasn:Competency',
            },
          ],
        },
      },
      credentialStatus: {
        id: `${STATUS_LIST_URL}#7`,
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListIndex: '7',
        statusListCredential: STATUS_LIST_URL,
      },
    });
    expect(credential.credentialSubject).not.toHaveProperty('id');
    expect(credential.credentialSubject.identifier).toEqual([
      emailIdentity('ada@example.org', 'f0258a9d39b5'),
    ]);
  });

  it('names a learner with a DID by it, and leaves out what a path does not have', () => {
    const credential = openBadgeCredential({
      id: `${PUBLIC_URL}/credentials/1`,
      name: 'Intro',
      validFrom: new Date('2026-01-01T00:00:00.999Z'),
      issuer: { did: DID, name: 'Example University', url: 'https://www.example.org' },
      learner: { did: 'did:key:z6MkLearner' },
      achievement: {
        id: `${PUBLIC_URL}/paths/intro/tiers/1`,
        achievementType: 'Badge',
        name: 'Intro',
        description: 'The basics.',
        criteriaNarrative: 'Complete the course.',
      },
      status: { listUrl: STATUS_LIST_URL, index: 0 },
    });
    expect(credential.validFrom).toBe('2026-01-01T00:00:00Z');
    expect(credential.issuer).toEqual({
      id: DID,
      type: ['Profile'],
      name: 'Example University',
      url: 'https://www.example.org',
    });
    expect(credential.credentialSubject).toEqual({
      type: ['AchievementSubject'],
      id: 'did:key:z6MkLearner',
      achievement: {
        id: `${PUBLIC_URL}/paths/intro/tiers/1`,
        type: ['Achievement'],
        achievementType: 'Badge',
        name: 'Intro',
        description: 'The basics.',
        criteria: { narrative: 'Complete the course.' },
      },
    });
  });
});

describe('email identity (OB 3.0 IdentityHash)', () => {
  it('is sha256$ and the hex SHA-256 of the address followed by the salt, as the spec’s examples', () => {
    // OB 3.0 data model, IdentityHash; and the implementation guide's sample credential.
    expect(emailIdentity('a@example.com', 'Kosher')).toEqual({
      type: 'IdentityObject',
      identityHash: 'sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399',
      identityType: 'emailAddress',
      hashed: true,
      salt: 'Kosher',
    });
    expect(emailIdentity('jjefferson18@example.com', 'FleurDeSel').identityHash).toBe(
      'sha256$658625b25ab3d75d613ca97d9a5a77f70e2192feca5557f4ad09a4d4f121f5fc',
    );
  });

  it('ignores the address’s case, and differs with the salt', () => {
    expect(emailIdentity('A@Example.COM', 'Kosher')).toEqual(emailIdentity('a@example.com', 'Kosher'));
    expect(emailIdentity('a@example.com', 'other').identityHash).not.toBe(
      emailIdentity('a@example.com', 'Kosher').identityHash,
    );
  });
});
