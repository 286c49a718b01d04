// The verification page of a credential, for people: who issued it to whom, for which tier of which
// path, when, and whether it is valid now or was revoked (the date only, never the reason), with
// the signed JSON, the PDF and LinkedIn's "add to profile" link. Plain HTML: every value escaped, no
// script, one inline style allowed by its hash in the page's own Content-Security-Policy.
import { createHash } from 'node:crypto';
import { escapeHtml } from '@learning-paths/core';

export type CredentialStatus =
  | { readonly kind: 'valid' }
  | { readonly kind: 'revoked'; readonly on: string }
  /** The proof or the revocation list did not check out. */
  | { readonly kind: 'unverified' };

export interface VerificationPageInput {
  readonly id: string;
  readonly url: string;
  readonly issuerName: string;
  readonly issuerUrl: string;
  readonly learnerName: string;
  readonly tierTitle: string;
  readonly pathTitle: string;
  readonly description: string;
  readonly criteria: string;
  readonly issuedAt: string;
  readonly status: CredentialStatus;
  /** Only its learner may see it. */
  readonly private: boolean;
  /** LinkedIn's link; null when there is nothing to share (private, or revoked). */
  readonly linkedIn: string | null;
}

const STYLE = `
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b2a41;background:#f4f1ea;line-height:1.5}
main{max-inline-size:44rem;margin-block:2rem;margin-inline:auto;padding:2rem;background:#fff;border:1px solid #d8cfbd;border-radius:.5rem}
h1{font-size:1.75rem;margin-block:.25rem 1rem}
.issuer{margin:0;color:#5b6675;text-transform:uppercase;letter-spacing:.08em;font-size:.85rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1.25rem;margin-block:1.5rem}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
.criteria{white-space:pre-line}
.status{display:inline-block;padding-block:.125rem;padding-inline:.625rem;border-radius:1rem;font-weight:700;border:2px solid}
.valid{color:#0b6b3a;border-color:#0b6b3a}
.revoked,.unverified{color:#a0191f;border-color:#a0191f}
ul{padding-inline-start:1.25rem}
a{color:#0a4f8f}
a:focus-visible{outline:3px solid #0a4f8f;outline-offset:2px}
.note{color:#5b6675;font-size:.9rem}
@media (max-width:30rem){main{margin:0;border-radius:0;padding:1.25rem}dl{grid-template-columns:1fr}dt{margin-block-start:.5rem}}
`;

/** The page's own policy: nothing runs, nothing loads, only its style (by its hash) applies. */
export const VERIFICATION_PAGE_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "2 March 2026", in UTC. */
export function dateInWords(iso: string): string {
  return longDate.format(new Date(iso));
}

function statusHtml(status: CredentialStatus): string {
  switch (status.kind) {
    case 'valid':
      return '<span class="status valid">✓ Valid</span>';
    case 'revoked':
      return `<span class="status revoked">✗ Revoked on ${escapeHtml(dateInWords(status.on))}</span>`;
    case 'unverified':
      return '<span class="status unverified">✗ Could not be verified</span>';
  }
}

export function verificationPage(input: VerificationPageInput): string {
  const e = escapeHtml;
  const file = encodeURIComponent(input.id);
  const row = (term: string, value: string) => `<dt>${e(term)}</dt><dd>${value}</dd>`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(input.tierTitle)}, ${e(input.learnerName)}: ${e(input.issuerName)}</title>`,
    `<link rel="alternate" type="application/vc+ld+json" href="${file}.json">`,
    `<style>${STYLE}</style></head>`,
    '<body><main>',
    `<p class="issuer">${e(input.issuerName)}</p>`,
    `<h1>${e(input.tierTitle)}</h1>`,
    `<p>Awarded to <strong>${e(input.learnerName)}</strong> for the learning path <strong>${e(input.pathTitle)}</strong>.</p>`,
    `<p>${e(input.description)}</p>`,
    '<dl>',
    row('Status', statusHtml(input.status)),
    row('Issued on', `<time datetime="${e(input.issuedAt)}">${e(dateInWords(input.issuedAt))}</time>`),
    row('Issued by', `<a href="${e(input.issuerUrl)}">${e(input.issuerName)}</a>`),
    row('Criteria', `<span class="criteria">${e(input.criteria)}</span>`),
    row('Credential ID', e(input.url)),
    '</dl>',
    '<h2>Download and share</h2>',
    '<ul>',
    `<li><a href="${file}.pdf">PDF certificate</a></li>`,
    `<li><a href="${file}.json" type="application/vc+ld+json" download>Signed credential (Open Badges 3.0, JSON)</a></li>`,
    input.linkedIn === null
      ? ''
      : `<li><a href="${e(input.linkedIn)}" rel="noopener noreferrer">Add to LinkedIn</a></li>`,
    '</ul>',
    input.private
      ? '<p class="note">This credential is private: only you can see this page. Make it public to share it.</p>'
      : '',
    '<p class="note">This is an Open Badges 3.0 verifiable credential. Anyone can check it without us: its signature (eddsa-rdfc-2022) against the issuer\u2019s keys at <a href="/.well-known/did.json">/.well-known/did.json</a>, and its revocation status in the list the credential names.</p>',
    '</main></body>',
    '</html>',
  ].join('\n');
}
