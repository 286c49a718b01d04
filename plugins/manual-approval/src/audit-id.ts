// Ids of audit entries that sort as they happened: the time, then a counter of this process (several
// entries may share a millisecond), then random letters (several processes may write at once).
import { randomBytes } from 'node:crypto';

let sequence = 0;

export function auditId(at: string): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${at}-${String(sequence).padStart(6, '0')}-${randomBytes(4).toString('hex')}`;
}
