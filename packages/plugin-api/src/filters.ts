// Filters: steps run at named points of the use cases, before the action. A step returns the input
// (changed or not) or throws FilterStop with a reason the caller sees (403 problem+json); any other
// error stops the action as a plugin failure, unless the filter was registered as optional.

/** The named points, each with the input its steps receive and return. */
export interface FilterInputs {
  /** Before learners are enrolled on a path (by staff, in bulk, or joining a public path). */
  'enrollment.before': {
    readonly pathKey: string;
    readonly learners: readonly string[];
    readonly by: string;
  };
  /** Before a path's draft is published. */
  'path.publish.before': { readonly pathKey: string; readonly by: string };
  /** Before a learner starts a step's course. */
  'step.start.before': { readonly pathKey: string; readonly step: string; readonly learner: string };
  /** Before pushed course facts are recorded (the facts API, plugins' fact sources; not LMS events). */
  'facts.record.before': {
    readonly facts: readonly {
      readonly user: string;
      readonly course: string;
      readonly time: string;
      readonly [field: string]: unknown;
    }[];
    readonly source: string;
  };
}

export type FilterPoint = keyof FilterInputs;

export type FilterStep<Point extends FilterPoint> = (
  input: FilterInputs[Point],
) => FilterInputs[Point] | Promise<FilterInputs[Point]>;

export interface FilterOptions {
  /** A failing optional step is logged and skipped instead of stopping the action. */
  readonly optional?: boolean;
}

/** Thrown by a step to stop the action; `reason` is shown to the caller. */
export class FilterStop extends Error {
  override readonly name = 'FilterStop';
  constructor(readonly reason: string) {
    super(reason);
  }
}
