// The definition a new path starts from: no key or title yet, an empty "all" group as the root,
// invite-only, and steps passed by default (written out, so authors see the default they change).
import type { PathDefinition } from '@learning-paths/core';

export function blankDefinition(): PathDefinition {
  return {
    key: '',
    title: '',
    visibility: 'invite_only',
    defaultCriteria: { passed: true },
    requirements: { id: 'root', rule: 'all', children: [] },
  };
}
