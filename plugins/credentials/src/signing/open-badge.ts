// The unsigned Open Badges 3.0 `OpenBadgeCredential` (VC Data Model 2.0) for one achieved tier, in
// the shape ../shared/spec/credentials.md fixes, and the salted email hash that names a learner
// without a DID.
import { createHash } from 'node:crypto';
import { dateTimeStamp } from './date-time-stamp.ts';
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from './document-loader.ts';

/** OB 3.0 `IdentityObject`: names the learner by a salted hash (OB 3.0, IdentityHash). */
export interface IdentityObject {
  type: 'IdentityObject';
  identityHash: string;
  identityType: 'emailAddress';
  hashed: true;
  salt: string;
}

export interface Image {
  id: string;
  type: 'Image';
}

export interface Alignment {
  type: ['Alignment'];
  targetName: string;
  targetUrl: string;
  /** OB 3.0 AlignmentTargetType, e.g. `ceasn:Competency`, `CFItem` or an `ext:` term. */
  targetType: string;
}

export interface IssuerProfile {
  id: string;
  type: ['Profile'];
  name: string;
  url: string;
  email?: string;
  image?: Image;
}

export interface Achievement {
  id: string;
  type: ['Achievement'];
  achievementType: string;
  name: string;
  description: string;
  criteria: { narrative: string };
  image?: Image;
  alignment?: Alignment[];
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  statusListIndex: string;
  statusListCredential: string;
}

export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  validFrom: string;
  issuer: IssuerProfile;
  credentialSubject: {
    type: ['AchievementSubject'];
    id?: string;
    identifier?: IdentityObject[];
    achievement: Achievement;
  };
  credentialStatus: BitstringStatusListEntry;
}

export interface OpenBadgeInput {
  /** The credential's public URL, `{PUBLIC_URL}/credentials/{id}`. */
  id: string;
  name: string;
  validFrom: Date;
  issuer: { did: string; name: string; url: string; email?: string; imageUrl?: string };
  /** The learner's own DID when they gave one; else their email, hashed with `salt`. */
  learner: { did: string } | { email: string; salt: string };
  achievement: {
    /** A URL stable for the path and tier. */
    id: string;
    /** OB 3.0 AchievementType, e.g. `Certificate`, or an `ext:` term. */
    achievementType: string;
    name: string;
    description: string;
    criteriaNarrative: string;
    imageUrl?: string;
    alignments?: { targetName: string; targetUrl: string; targetType: string }[];
  };
  status: { listUrl: string; index: number };
}

/**
 * The OB 3.0 IdentityHash of an email: `sha256$` and the hex SHA-256 of the UTF-8 address, lower-cased
 * (addresses are compared without case here), followed by the salt.
 */
export function emailIdentity(email: string, salt: string): IdentityObject {
  const hash = createHash('sha256').update(`${email.toLowerCase()}${salt}`, 'utf8').digest('hex');
  return {
    type: 'IdentityObject',
    identityHash: `sha256$${hash}`,
    identityType: 'emailAddress',
    hashed: true,
    salt,
  };
}

export function openBadgeCredential(input: OpenBadgeInput): OpenBadgeCredential {
  const { issuer, learner, achievement, status } = input;
  return {
    '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: input.name,
    validFrom: dateTimeStamp(input.validFrom),
    issuer: {
      id: issuer.did,
      type: ['Profile'],
      name: issuer.name,
      url: issuer.url,
      ...(issuer.email ? { email: issuer.email } : {}),
      ...(issuer.imageUrl ? { image: image(issuer.imageUrl) } : {}),
    },
    credentialSubject: {
      type: ['AchievementSubject'],
      ...('did' in learner
        ? { id: learner.did }
        : { identifier: [emailIdentity(learner.email, learner.salt)] }),
      achievement: {
        id: achievement.id,
        type: ['Achievement'],
        achievementType: achievement.achievementType,
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteriaNarrative },
        ...(achievement.imageUrl ? { image: image(achievement.imageUrl) } : {}),
        ...(achievement.alignments?.length
          ? {
              alignment: achievement.alignments.map((target) => ({
                type: ['Alignment'] as ['Alignment'],
                ...target,
              })),
            }
          : {}),
      },
    },
    credentialStatus: {
      id: `${status.listUrl}#${status.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(status.index),
      statusListCredential: status.listUrl,
    },
  };
}

function image(url: string): Image {
  return { id: url, type: 'Image' };
}
