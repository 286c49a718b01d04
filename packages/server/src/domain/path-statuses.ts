// Where a path is in its life: a draft until first published, archived when withdrawn.

export const PATH_STATUSES = ['draft', 'published', 'archived'] as const;
export type PathStatus = (typeof PATH_STATUSES)[number];
