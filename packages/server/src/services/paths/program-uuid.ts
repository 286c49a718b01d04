// A path's name as a course-discovery program: a UUID derived from the path key (UUID v5 in the URL
// namespace, so a script can compute it too: Python's `uuid.uuid5(uuid.NAMESPACE_URL, key)`).
import { createHash } from 'node:crypto';

/** RFC 9562's namespace for URLs. */
const NAMESPACE_URL = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

export function programUuid(pathKey: string): string {
  const bytes = createHash('sha1').update(NAMESPACE_URL).update(pathKey, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join('-');
}
