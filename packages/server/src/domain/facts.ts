// The fields a course fact can set about a learner, and their values as one fact carries them.

/** The values one fact carries: any of the fields, each one it sets. */
export interface FactFieldValues {
  readonly completion?: number;
  readonly grade?: number;
  readonly passed?: boolean;
  readonly enrolled?: boolean;
}

export const FACT_FIELDS = [
  'completion',
  'grade',
  'passed',
  'enrolled',
] as const satisfies readonly (keyof FactFieldValues)[];
