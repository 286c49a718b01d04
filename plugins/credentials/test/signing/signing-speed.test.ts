// How long signing and verifying (signature and status list) take: printed, not asserted, as the
// median of 20 runs; issue 16 wants verifying under 20 ms.
import { describe, expect, it } from 'vitest';
import { signCredential } from '../../src/signing/sign.ts';
import { verifyCredential } from '../../src/signing/verify.ts';
import { sampleCredential, sampleIssuer } from './sample-credential.ts';

const RUNS = 20;

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run(); // the first run loads and caches the contexts
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
}

describe('signing speed', () => {
  it('prints the median time to sign and to verify', async () => {
    const issuer = await sampleIssuer();
    const unsigned = sampleCredential(issuer);
    const signed = await signCredential(unsigned, issuer.key, issuer.loader);
    const options = { loader: issuer.loader, statusList: () => issuer.statusList };

    const sign = await medianMs(() => signCredential(unsigned, issuer.key, issuer.loader));
    const verify = await medianMs(async () =>
      expect((await verifyCredential(signed, options)).verified).toBe(true),
    );
    console.log(
      `sign: ${sign.toFixed(1)} ms, verify (signature + status): ${verify.toFixed(1)} ms (median of ${RUNS})`,
    );
  });
});
