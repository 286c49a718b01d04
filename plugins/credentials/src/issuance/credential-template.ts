// What a tier's credential says: the fields staff may set for it (its template) and the values
// generated from the path when they do not. Runs in Node and in the browser, where Studio previews
// the credential from the definition being edited with the same words issuance will use.
import type { PathDefinition, Tier } from '@learning-paths/core';
import { tierNarrative } from './tier-narrative.ts';

export const TEMPLATE_FIELDS = ['name', 'description', 'achievementType', 'image', 'criteria'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** A template's fields: null where the generated value is used. */
export type TemplateValues = { readonly [field in TemplateField]: string | null };

/** The fields as the credential carries them; only `image` may be absent. */
export interface AchievementValues {
  readonly name: string;
  readonly description: string;
  readonly achievementType: string;
  /** The image's address as the path gives it (made absolute when signed); null for none. */
  readonly image: string | null;
  readonly criteria: string;
}

/** What the generated values take besides the path: the issuer's name and the default type. */
export interface GeneratedContext {
  readonly issuerName: string;
  readonly achievementType: string;
}

export function generatedValues(
  definition: PathDefinition,
  tier: Pick<Tier, 'id' | 'title' | 'description'>,
  { issuerName, achievementType }: GeneratedContext,
): AchievementValues {
  return {
    name: tier.title,
    description:
      tier.description ?? `The ${tier.title} of the learning path "${definition.title}" (${issuerName}).`,
    achievementType,
    image: definition.image ?? null,
    criteria: tierNarrative(definition, tier.id),
  };
}

/** The template's values where it has them, the generated ones elsewhere. */
export function effectiveValues(
  generated: AchievementValues,
  template: TemplateValues | null,
): AchievementValues {
  return {
    name: template?.name ?? generated.name,
    description: template?.description ?? generated.description,
    achievementType: template?.achievementType ?? generated.achievementType,
    image: template?.image ?? generated.image,
    criteria: template?.criteria ?? generated.criteria,
  };
}

/** The fields a template sets. */
export function customisedFields(template: TemplateValues | null): TemplateField[] {
  return TEMPLATE_FIELDS.filter((field) => template !== null && template[field] !== null);
}
