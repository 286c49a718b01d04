// The public addresses, for anyone and any site (wallets and verifiers check from their own pages):
// the issuer's DID document, the revocation lists, and each credential as signed JSON, as a page for
// people and as a PDF. A private credential is not found (404) except by its learner, signed in.
import type { PluginRouteContext, PluginRoutes } from '@learning-paths/plugin-api';
import { routeSchema } from '@learning-paths/plugin-api';
import { downloadFileName } from '@learning-paths/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { issuerDidDocument, issuerOf, tablesOf, type CredentialHost } from '../issuance/issuer.ts';
import type { StoredVerification } from '../issuance/stored-verification.ts';
import { linkedInAddToProfile } from '../pages/linkedin-link.ts';
import {
  verificationPage,
  VERIFICATION_PAGE_POLICY,
  type CredentialStatus,
} from '../pages/verification-page.ts';
import { certificatePdf } from '../pdf/certificate-pdf.ts';
import type { OpenBadgeCredential } from '../signing/open-badge.ts';
import { findCredential, type CredentialRow } from '../store/credential-rows.ts';
import { signedStatusList } from '../store/status-list-rows.ts';
import { noCredential, HttpError } from './http-error.ts';

/** The media type of a credential, and of a revocation list, which is one. */
const VC_TYPE = 'application/vc+ld+json';

/** `{uuid}`, `{uuid}.json` or `{uuid}.pdf`. */
const CREDENTIAL_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\.(json|pdf))?$/;

type Rendition = 'page' | 'json' | 'pdf';

export function publicRoutes(
  app: Parameters<PluginRoutes>[0],
  context: PluginRouteContext,
  { host, verification }: { host: CredentialHost; verification: StoredVerification },
): void {
  const db = tablesOf(host);

  // Any site may read these (a verifier's page fetching the DID document and the list): without
  // cookies, as `*` allows; an origin the core already answered for (CORS_ORIGINS) keeps its answer.
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.headers.origin !== undefined && !reply.hasHeader('access-control-allow-origin'))
      reply.header('access-control-allow-origin', '*');
    done(null, payload);
  });

  app.get(
    '/.well-known/did.json',
    { schema: routeSchema("The issuer's DID document (did:web): every key it signs with, or has") },
    async (_request, reply) => {
      const document = await issuerDidDocument(db, issuerOf(host.settings).did);
      return reply
        .header('cache-control', 'public, max-age=300')
        .type('application/did+ld+json')
        .send(document);
    },
  );

  app.get<{ Params: { list: string } }>(
    '/credentials/status/:list',
    { schema: routeSchema('A signed revocation list (BitstringStatusListCredential)') },
    async (request, reply) => {
      const list = await signedStatusList(db, request.params.list);
      if (list === null) throw new HttpError(404, `no revocation list has the id ${request.params.list}`);
      return reply.header('cache-control', 'no-cache').type(VC_TYPE).send(list);
    },
  );

  app.get<{ Params: { file: string } }>(
    '/credentials/:file',
    {
      schema: routeSchema(
        'A credential: its verification page, or `.json` (signed), or `.pdf` (the certificate)',
        {
          description:
            'The page answers the signed credential to `Accept: application/vc+ld+json` or `application/ld+json`. 404 for a private credential, except to its learner.',
        },
      ),
    },
    async (request, reply) => {
      const match = CREDENTIAL_FILE.exec(request.params.file.toLowerCase());
      const id = match?.[1];
      if (!id) throw noCredential(request.params.file);
      const row = await findCredential(db, id);
      if (!row || !(row.public || (await viewerOf(context, request)) === row.learner)) throw noCredential(id);
      // A private answer (for its learner only) is never stored; a public one is fetched again each
      // time, as it may become private or be revoked.
      void reply.header('cache-control', row.public ? 'no-cache' : 'no-store').header('vary', 'accept');
      const rendition: Rendition = match[2] === 'json' || match[2] === 'pdf' ? match[2] : pageOrJson(request);
      if (rendition === 'json') return reply.type(VC_TYPE).send(row.credential);
      const shown = await shownCredential(host, row);
      if (rendition === 'pdf') return sendPdf(reply, row, shown, request.headers['accept-language']);
      return sendPage(reply, row, shown, await statusOf(verification, row));
    },
  );
}

/** The caller when one is signed in; anyone else is nobody. */
async function viewerOf(context: PluginRouteContext, request: FastifyRequest): Promise<string | null> {
  return (await context.signedIn(request))?.username ?? null;
}

/** Wallets and verifiers ask a credential's page for its JSON-LD. */
function pageOrJson(request: FastifyRequest): Rendition {
  const accept = request.headers.accept ?? '';
  return /application\/(vc\+)?ld\+json/i.test(accept) ? 'json' : 'page';
}

/** What the page and the PDF show: the credential as signed, and the learner's name now. */
async function shownCredential(host: CredentialHost, row: CredentialRow) {
  const credential = JSON.parse(row.credential) as OpenBadgeCredential;
  const { achievement } = credential.credentialSubject;
  const learner = await host.users.get(row.learner);
  return {
    credential,
    id: row.id,
    url: credential.id,
    issuerName: credential.issuer.name,
    issuerUrl: credential.issuer.url,
    learnerName: learner?.displayName ?? row.learner,
    tierTitle: achievement.name,
    pathTitle: row.path_title,
    description: achievement.description,
    criteria: achievement.criteria.narrative,
    issuedAt: row.issued_at,
  };
}

type ShownCredential = Awaited<ReturnType<typeof shownCredential>>;

async function statusOf(verification: StoredVerification, row: CredentialRow): Promise<CredentialStatus> {
  if (row.revoked_at !== null) return { kind: 'revoked', on: row.revoked_at };
  const result = await verification.verify(row);
  return result.verified ? { kind: 'valid' } : { kind: 'unverified' };
}

function sendPage(
  reply: FastifyReply,
  row: CredentialRow,
  shown: ShownCredential,
  status: CredentialStatus,
): FastifyReply {
  const shareable = row.public && row.revoked_at === null;
  const page = verificationPage({
    ...shown,
    status,
    private: !row.public,
    linkedIn: shareable
      ? linkedInAddToProfile({
          name: shown.credential.name,
          organizationName: shown.issuerName,
          issuedAt: new Date(row.issued_at),
          certUrl: shown.url,
          certId: row.id,
        })
      : null,
  });
  return reply
    .header('content-security-policy', VERIFICATION_PAGE_POLICY)
    .type('text/html; charset=utf-8')
    .send(page);
}

async function sendPdf(
  reply: FastifyReply,
  row: CredentialRow,
  shown: ShownCredential,
  acceptLanguage: string | undefined,
): Promise<FastifyReply> {
  const pdf = await certificatePdf({
    learnerName: shown.learnerName,
    tierTitle: shown.tierTitle,
    pathTitle: shown.pathTitle,
    issuerName: shown.issuerName,
    issuedAt: new Date(row.issued_at),
    verificationUrl: shown.url,
    credentialId: row.id,
    language: preferredLanguage(acceptLanguage),
  });
  const name = downloadFileName(`${row.path_key}-${row.tier}`, 'credential', 'pdf');
  return reply.type('application/pdf').header('content-disposition', `inline; filename="${name}"`).send(pdf);
}

/** The first language of an Accept-Language header that is a valid tag; British English otherwise. */
function preferredLanguage(acceptLanguage: string | undefined): string {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim() ?? '';
  try {
    return Intl.getCanonicalLocales(first)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}
