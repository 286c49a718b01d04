// A sample issuer (did:web key, DID document, status list) and a signed Open Badge for one learner's
// tier of one path, as the signing tests use them.
import { documentLoader, type DocumentLoader } from '../../src/signing/document-loader.ts';
import { createIssuerKey, didDocument, didWeb, type IssuerKey } from '../../src/signing/issuer-keys.ts';
import { openBadgeCredential, type OpenBadgeCredential } from '../../src/signing/open-badge.ts';
import { signCredential, type Signed } from '../../src/signing/sign.ts';
import { createStatusList, setRevoked, type StatusListCredential } from '../../src/signing/status-list.ts';

export const PUBLIC_URL = 'https://paths.example.org:8443';
export const STATUS_LIST_URL = `${PUBLIC_URL}/credentials/status/1`;
export const ISSUED_AT = new Date('2026-03-02T10:15:30.250Z');

export interface SampleIssuer {
  did: string;
  key: IssuerKey;
  loader: DocumentLoader;
  /** The signed status list, as the service would serve it now. */
  statusList: Signed<StatusListCredential>;
  /** Sets or clears one bit and re-signs the list. */
  revoke(index: number, revoked?: boolean): Promise<void>;
}

export async function sampleIssuer(): Promise<SampleIssuer> {
  const did = didWeb(PUBLIC_URL);
  const key = await createIssuerKey(did, ISSUED_AT);
  const document = didDocument(did, [key]);
  const loader = documentLoader({ didDocuments: (wanted) => (wanted === did ? document : null) });
  const list = await createStatusList({ id: STATUS_LIST_URL, issuer: did, validFrom: ISSUED_AT });
  const issuer: SampleIssuer = {
    did,
    key,
    loader,
    statusList: await signCredential(list, key, loader, { date: ISSUED_AT }),
    async revoke(index, revoked = true) {
      const current = issuer.statusList;
      const encodedList = await setRevoked(current.credentialSubject.encodedList, index, revoked);
      const next = await createStatusList({ id: current.id, issuer: did, encodedList });
      issuer.statusList = await signCredential(next, key, loader);
    },
  };
  return issuer;
}

/** The unsigned credential for Ada's "Practitioner" tier of the data-analysis path. */
export function sampleCredential(issuer: Pick<SampleIssuer, 'did'>, index = 42): OpenBadgeCredential {
  return openBadgeCredential({
    id: `${PUBLIC_URL}/credentials/7c0f3f5e-1b7e-4d55-9a51-0d3c2f1e9a10`,
    name: 'Data Analysis: Practitioner',
    validFrom: ISSUED_AT,
    issuer: {
      did: issuer.did,
      name: 'Example University',
      url: 'https://www.example.org',
      email: 'credentials@example.org',
      imageUrl: `${PUBLIC_URL}/logo.png`,
    },
    learner: { email: 'Ada@Example.org', salt: 'f0258a9d39b5' },
    achievement: {
      id: `${PUBLIC_URL}/paths/data-analysis/tiers/practitioner`,
      achievementType: 'Certificate',
      name: 'Practitioner',
      description: 'Can clean, explore and present a data set.',
      criteriaNarrative: 'Complete Statistics 101 and Data Cleaning, and one of the two electives.',
      imageUrl: `${PUBLIC_URL}/paths/data-analysis/image.png`,
      alignments: [
        {
          targetName: 'Statistical analysis',
          targetUrl: `${PUBLIC_URL}/skills/statistical-analysis`,
          targetType: 'ceasn:Competency',
        },
      ],
    },
    status: { listUrl: STATUS_LIST_URL, index },
  });
}

export async function signedSample(
  issuer: SampleIssuer,
  index?: number,
): Promise<Signed<OpenBadgeCredential>> {
  return signCredential(sampleCredential(issuer, index), issuer.key, issuer.loader, { date: ISSUED_AT });
}
