// What the learner's DID and wallet routes take, as zod schemas (the core validates each request
// part with them and answers a problem+json pointing at what is wrong, such as `/did`).
import { z } from 'zod';

/** The longest DID a learner may give. */
export const DID_LIMIT = 500;

/** did:key: a multibase base58btc public key (`z6Mk…` for Ed25519). */
const DID_KEY = /^did:key:z[1-9A-HJ-NP-Za-km-z]+$/;
/** did:web: a host (a port as `%3A<port>`), then path segments after `:`, as did:web writes them. */
const DID_WEB = /^did:web:[a-z0-9-]+(\.[a-z0-9-]+)*(%3a\d{1,5})?(:([a-z0-9._~-]|%[0-9a-f]{2})+)*$/i;

export const learnerDidBody = z.strictObject({
  did: z
    .string()
    .trim()
    .max(DID_LIMIT)
    .refine((did) => DID_KEY.test(did) || DID_WEB.test(did), {
      message: 'give a did:key (did:key:z6Mk…) or a did:web (did:web:example.org) DID',
    })
    .meta({ description: 'A DID of the learner: did:key or did:web' }),
});

export const offerParams = z.object({ offerId: z.uuid() });

/**
 * What the Learner Credential Wallet posts to claim an offer: a DID-Auth verifiable presentation
 * whose proof carries the challenge (its holder is the wallet's DID). Other fields are left as sent.
 */
const proofWithChallenge = z.looseObject({ challenge: z.string().max(200).optional() });
export const walletClaimBody = z
  .looseObject({
    holder: z.string().max(DID_LIMIT).optional(),
    proof: z.union([proofWithChallenge, z.array(proofWithChallenge).max(5)]).optional(),
  })
  .nullish();

export type LearnerDidBody = z.infer<typeof learnerDidBody>;
export type OfferParams = z.infer<typeof offerParams>;
export type WalletClaimBody = z.infer<typeof walletClaimBody>;
