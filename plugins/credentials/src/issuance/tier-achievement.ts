// The achievement a tier's credential carries: its template's values where staff set them, else
// generated from the path; its image made absolute; aligned to the skills the path teaches.
import type { PathDefinition, Tier } from '@learning-paths/core';
import type { OpenBadgeInput } from '../signing/open-badge.ts';
import { findTemplate } from '../store/template-rows.ts';
import type { CredentialDatabase } from '../tables.ts';
import { effectiveValues, generatedValues } from './credential-template.ts';
import type { Issuer } from './issuer.ts';

export async function tierAchievement(
  db: CredentialDatabase,
  issuer: Issuer,
  {
    pathKey,
    definition,
    tier,
    achievementType,
  }: {
    pathKey: string;
    definition: PathDefinition;
    tier: Tier;
    /** The plugin's setting, used unless the template names another. */
    achievementType: string;
  },
): Promise<OpenBadgeInput['achievement']> {
  const template = await findTemplate(db, pathKey, tier.id);
  const values = effectiveValues(
    generatedValues(definition, tier, { issuerName: issuer.profile.name, achievementType }),
    template?.values ?? null,
  );
  const imageUrl = values.image ? issuer.absoluteUrl(values.image) : null;
  const alignments = (definition.skills?.acquired ?? []).map(({ skill }) => ({
    targetName: skill,
    targetUrl: issuer.skillUrl(skill),
    targetType: 'ceasn:Competency',
  }));
  return {
    id: issuer.achievementUrl(pathKey, tier.id),
    achievementType: values.achievementType,
    name: values.name,
    description: values.description,
    criteriaNarrative: values.criteria,
    ...(imageUrl ? { imageUrl } : {}),
    ...(alignments.length > 0 ? { alignments } : {}),
  };
}
