// The sizes a path definition may have, the same wherever it is checked (CLI, Studio, the service),
// so that whatever validates can also be stored, served and addressed (docs/path-format.md, "Limits").

export const FORMAT_LIMITS = {
  /** Characters in a path or course key; Open edX stores keys in columns of 255. */
  keyLength: 255,
  /** Characters in a title, subtitle, duration, time commitment or skill name. */
  labelLength: 200,
  /** Characters in a path's or a tier's description (Markdown). */
  descriptionLength: 10_000,
  /** Characters in an image URL or `$schema`. */
  urlLength: 2_000,
  /** Levels of nested groups, the root group being level 1. */
  groupDepth: 32,
  /** Nodes (steps and groups) in a path. */
  nodes: 2_000,
  /** Tiers in a path. */
  tiers: 100,
  /** Entries in one list of ids (prerequisites, requires) or of skills. */
  listEntries: 100,
  /** Levels of objects and lists inside one field's value: fields of plugins may hold any JSON. */
  valueDepth: 16,
} as const;
