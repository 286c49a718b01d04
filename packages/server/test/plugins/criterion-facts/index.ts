// A test plugin whose criterion reads a course fact of its own: a step that staff must approve,
// satisfied once a fact sets `approvedByStaff: true` for its course. It listens to completed steps,
// so that the service reports them.
import type { CriterionDefinition } from '@learning-paths/core';
import { definePlugin } from '@learning-paths/plugin-api';
import { z } from 'zod';

export const approvedByStaff: CriterionDefinition<true> = {
  name: 'approvedByStaff',
  description: 'Approved by the staff of the path.',
  schema: z.literal(true),
  facts: { approvedByStaff: z.boolean() },
  isSatisfied: (_required, course) => course.approvedByStaff === true,
  progress: (_required, course) => (course.approvedByStaff === true ? 1 : 0),
  explain: (_required, _course, title) => `Have your work in ${title} approved by staff`,
  summarize: () => 'approved by staff',
};

export default definePlugin({
  id: 'org.example.criterion-facts',
  version: '1.0.0',
  apiVersions: [1],
  settings: z.object({}),
  register(host) {
    host.rules.criterion(approvedByStaff);
    host.on('step.completed', () => undefined);
  },
});
