// The credential templates of a path's tiers, for staff in Studio: every tier's template (what its
// authors set, and the values the published path gives), saving one (its organisation's authors and
// administrators; audited), and the PDF certificate as it would look, for a sample learner.
import type { PluginRouteContext, PluginRoutes } from '@learning-paths/plugin-api';
import { routeSchema } from '@learning-paths/plugin-api';
import { downloadFileName, type PathDefinition } from '@learning-paths/core';
import {
  customisedFields,
  effectiveValues,
  generatedValues,
  type AchievementValues,
  type TemplateField,
  type TemplateValues,
} from '../issuance/credential-template.ts';
import { issuerOf, tablesOf, type CredentialHost } from '../issuance/issuer.ts';
import { certificatePdf } from '../pdf/certificate-pdf.ts';
import { ACHIEVEMENT_TYPES } from '../settings.ts';
import { findTemplate, pathTemplates, saveTemplate, type StoredTemplate } from '../store/template-rows.ts';
import { hasPathAccess } from './path-access.ts';
import { pathParams, type PathParams } from './schemas.ts';
import {
  previewQuery,
  templateBody,
  templateParams,
  type PreviewQuery,
  type TemplateBody,
  type TemplateParams,
} from './template-schemas.ts';

export interface TemplateItem {
  readonly tierId: string;
  /** The tier's title in the published path; null for a tier it no longer (or not yet) has. */
  readonly tierTitle: string | null;
  /** What staff set: null fields are generated. */
  readonly template: TemplateValues;
  readonly customised: readonly TemplateField[];
  /** What a credential issued now would say; null for a tier the published path lacks. */
  readonly effective: AchievementValues | null;
  readonly updatedAt: string | null;
  readonly updatedBy: string | null;
}

export interface TemplatesAnswer {
  /** Whether the caller may save templates (instructors may only read them). */
  readonly canEdit: boolean;
  /** The issuer the credentials name, for a preview. */
  readonly issuer: { readonly name: string; readonly url: string; readonly image: string | null };
  /** The plugin's setting: the type of a tier whose template names none. */
  readonly achievementType: string;
  readonly achievementTypes: readonly string[];
  readonly items: readonly TemplateItem[];
}

const NO_TEMPLATE: TemplateValues = {
  name: null,
  description: null,
  achievementType: null,
  image: null,
  criteria: null,
};

/** The name the sample certificate is made out to. */
const SAMPLE_LEARNER = 'Sample Learner';

export function templateRoutes(
  app: Parameters<PluginRoutes>[0],
  context: PluginRouteContext,
  host: CredentialHost,
): void {
  const db = tablesOf(host);

  app.get<{ Params: PathParams }>(
    '/api/v1/paths/:key/credential-templates',
    {
      schema: routeSchema("The credential templates of the path's tiers", {
        description:
          "For the path's instructors and authors, and administrators; 404 for anyone else. Each tier of the published path, and each tier with a saved template.",
        params: pathParams,
      }),
    },
    async (request): Promise<TemplatesAnswer> => {
      const path = await context.path(request, request.params.key, 'staff');
      const issuer = issuerOf(host.settings);
      const stored = new Map(
        (await pathTemplates(db, path.key)).map((template) => [template.tierId, template]),
      );
      const tiers = path.definition?.tiers ?? [];
      const items = [
        ...tiers.map((tier) => templateItem(host, path.definition, tier.id, stored.get(tier.id) ?? null)),
        ...[...stored.values()]
          .filter((template) => !tiers.some((tier) => tier.id === template.tierId))
          .map((template) => templateItem(host, path.definition, template.tierId, template)),
      ];
      return {
        canEdit: await hasPathAccess(context, request, path.key, 'author'),
        issuer: {
          name: issuer.profile.name,
          url: issuer.profile.url,
          image: issuer.profile.imageUrl ?? null,
        },
        achievementType: host.settings.achievementType,
        achievementTypes: ACHIEVEMENT_TYPES,
        items,
      };
    },
  );

  app.put<{ Params: TemplateParams; Body: TemplateBody }>(
    '/api/v1/paths/:key/credential-templates/:tierId',
    {
      schema: routeSchema("Save a tier's credential template", {
        description:
          "For authors of the path's organisation and administrators (403 for its instructors, 404 for anyone else). A null field is generated from the path. Credentials issued already keep what they say; the audit log records who changed which tier.",
        params: templateParams,
        body: templateBody,
      }),
    },
    async (request): Promise<TemplateItem> => {
      const path = await context.path(request, request.params.key, 'author');
      const { username } = await context.caller(request);
      const { tierId } = request.params;
      await saveTemplate(db, path.key, {
        tierId,
        values: request.body,
        updatedAt: context.now(request),
        updatedBy: username,
      });
      return templateItem(host, path.definition, tierId, await findTemplate(db, path.key, tierId));
    },
  );

  app.get<{ Params: TemplateParams; Querystring: PreviewQuery }>(
    '/api/v1/paths/:key/credential-templates/:tierId/preview.pdf',
    {
      schema: routeSchema(
        "The PDF certificate of a tier's credential as it would look, for a sample learner",
        {
          description:
            "For the path's staff; 404 for anyone else. `name` is the achievement's name as the form holds it, saved or not: nothing else of the template is printed. Opened in a tab of its own.",
          params: templateParams,
          querystring: previewQuery,
        },
      ),
    },
    async (request, reply) => {
      const path = await context.path(request, request.params.key, 'staff');
      const issuer = issuerOf(host.settings);
      const sampleId = 'sample';
      const pdf = await certificatePdf({
        learnerName: SAMPLE_LEARNER,
        tierTitle: request.query.name,
        pathTitle: path.definition?.title ?? path.title,
        issuerName: issuer.profile.name,
        issuedAt: new Date(context.now(request)),
        verificationUrl: issuer.credentialUrl(sampleId),
        credentialId: sampleId,
      });
      const name = downloadFileName(`${path.key}-${request.params.tierId}`, 'credential-preview', 'pdf');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .send(pdf);
    },
  );
}

/** A tier's template as the API answers it, with what the published path makes of it. */
function templateItem(
  host: CredentialHost,
  published: PathDefinition | null,
  tierId: string,
  stored: StoredTemplate | null,
): TemplateItem {
  const tier = published?.tiers?.find((candidate) => candidate.id === tierId);
  const issuerName = issuerOf(host.settings).profile.name;
  const effective =
    published && tier
      ? effectiveValues(
          generatedValues(published, tier, { issuerName, achievementType: host.settings.achievementType }),
          stored?.values ?? null,
        )
      : null;
  return {
    tierId,
    tierTitle: tier?.title ?? null,
    template: stored?.values ?? NO_TEMPLATE,
    customised: customisedFields(stored?.values ?? null),
    effective,
    updatedAt: stored?.updatedAt ?? null,
    updatedBy: stored?.updatedBy ?? null,
  };
}
