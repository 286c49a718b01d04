// A source's Basic-auth credentials: a public key and a secret of 32 random bytes, shown once.
// Only the secret's SHA-256 is stored: a secret this random needs no slow hash to resist guessing.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export function newKey(): string {
  return `xapi-${randomBytes(12).toString('hex')}`;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compared in constant time, whatever the sent secret's length. */
export function secretMatches(sent: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = createHash('sha256').update(sent).digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The key and secret of `Authorization: Basic base64(key:secret)`; null for any other header. */
export function basicCredentials(header: string | undefined): { key: string; secret: string } | null {
  const [, scheme, encoded] = /^(\S+)\s+(\S+)\s*$/.exec(header ?? '') ?? [];
  if (scheme?.toLowerCase() !== 'basic' || encoded === undefined) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
