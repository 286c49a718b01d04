// The revocation list (W3C Bitstring Status List v1.0): one bit per issued credential, set when it
// is revoked, published as a `BitstringStatusListCredential` that is signed like the credentials.
import { BitstringStatusList } from '@digitalbazaar/vc-bitstring-status-list';
import { dateTimeStamp } from './date-time-stamp.ts';
import { VC_V2_CONTEXT } from './document-loader.ts';

/** The spec's minimum (16 KiB of bits), so that one credential's bit hides among many. */
export const MIN_STATUS_LIST_LENGTH = 131_072;

export interface StatusListCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string;
  validFrom: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: 'revocation';
    /** The bits, gzip then base64url, with the multibase `u` prefix. */
    encodedList: string;
  };
}

export interface StatusListInput {
  /** The list's public URL, `{PUBLIC_URL}/credentials/status/{list}`. */
  id: string;
  /** The issuer's DID: the same as the credentials' issuer, which verifiers check. */
  issuer: string;
  /** The bits so far; a new list (every bit clear) of `length` bits when not given. */
  encodedList?: string;
  length?: number;
  validFrom?: Date;
}

/** The unsigned list credential: a new one, or `encodedList` again after a change, to be re-signed. */
export async function createStatusList({
  id,
  issuer,
  encodedList,
  length = MIN_STATUS_LIST_LENGTH,
  validFrom = new Date(),
}: StatusListInput): Promise<StatusListCredential> {
  if (length < MIN_STATUS_LIST_LENGTH) {
    throw new RangeError(`a status list has at least ${MIN_STATUS_LIST_LENGTH} entries`);
  }
  return {
    '@context': [VC_V2_CONTEXT],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom: dateTimeStamp(validFrom),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodedList ?? (await new BitstringStatusList({ length }).encode()),
    },
  };
}

/** `encodedList` with the bit at `index` set (revoked) or cleared. */
export async function setRevoked(encodedList: string, index: number, revoked: boolean): Promise<string> {
  const list = await BitstringStatusList.decode({ encodedList });
  list.setStatus(index, revoked);
  return list.encode();
}

export async function isRevoked(encodedList: string, index: number): Promise<boolean> {
  const list = await BitstringStatusList.decode({ encodedList });
  return list.getStatus(index);
}
