// A path's credentials as a CSV file for staff: one line each, the columns in words, every cell
// neutralised so that a spreadsheet runs none as a formula (a learner's name starting with "=").
import { csvLine } from '@learning-paths/core';
import type { StaffCredentialItem } from './credential-views.ts';

const HEADER = ['Learner', 'Name', 'Tier', 'Issued', 'Status', 'Revoked on', 'Reason', 'URL'];

export function credentialsCsvHeader(): string {
  return csvLine(HEADER);
}

export function credentialsCsvLines(items: readonly StaffCredentialItem[]): string {
  return items
    .map((item) =>
      csvLine([
        item.learner.username,
        item.learner.name,
        item.title,
        item.issuedAt,
        item.revoked ? 'Revoked' : 'Valid',
        item.revokedAt,
        item.revokedReason,
        item.url,
      ]),
    )
    .join('');
}
