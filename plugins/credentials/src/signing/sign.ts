// Signing a credential (an Open Badge or a status list) with the issuer's key: a `DataIntegrityProof`
// of the `eddsa-rdfc-2022` cryptosuite for `assertionMethod`, made by Digital Bazaar's libraries.
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { issue } from '@digitalbazaar/vc';
import type { DocumentLoader } from './document-loader.ts';
import type { IssuerKey } from './issuer-keys.ts';

export interface DataIntegrityProofValue {
  type: 'DataIntegrityProof';
  cryptosuite: 'eddsa-rdfc-2022';
  created?: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue: string;
}

export type Signed<T> = T & { proof: DataIntegrityProofValue };

/**
 * `credential` with its proof (a copy: the input is left as it was). The key's controller is the DID
 * before `#` in its id; `date` is the proof's `created` (now when not given).
 */
export async function signCredential<T extends object>(
  credential: T,
  key: Pick<IssuerKey, 'id' | 'publicKeyMultibase' | 'secretKeyMultibase'>,
  loader: DocumentLoader,
  { date = new Date() }: { date?: Date } = {},
): Promise<Signed<T>> {
  const [controller = key.id] = key.id.split('#');
  const keyPair = await Ed25519Multikey.from({
    type: 'Multikey',
    id: key.id,
    controller,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite, date });
  const signed = await issue({ credential: structuredClone(credential), suite, documentLoader: loader });
  return signed as Signed<T>;
}
