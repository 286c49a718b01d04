// The criterion `approvedByStaff`: a step that needs a human judgement (a portfolio, an interview) is
// satisfied once staff approve it, which this plugin records as the course fact `approvedByStaff`.
// The same definition goes into the server's registry and the browser's (Studio, Learn).
import { wording, type CriterionDefinition } from '@learning-paths/core';
// Named imports: the browser bundle then takes only these of zod (60 kB, not 450).
import { boolean, literal } from 'zod';

export const APPROVAL_CRITERION = 'approvedByStaff';

const SUMMARY = wording('approved by staff', 'manualApproval.summary', {});

export const approvedByStaff: CriterionDefinition<true> = {
  name: APPROVAL_CRITERION,
  description:
    'Staff must approve the learner\u2019s work in the course (only the value true is meaningful).',
  schema: literal(true),
  facts: { [APPROVAL_CRITERION]: boolean() },
  isSatisfied: (_required, course) => course[APPROVAL_CRITERION] === true,
  // Nothing partial about a judgement: not approved is 0, approved is 1.
  progress: (_required, course) => (course[APPROVAL_CRITERION] === true ? 1 : 0),
  explain: (_required, _course, title) =>
    wording(`Wait for staff to approve your work in ${title}`, 'manualApproval.explain', { title }),
  summarize: () => SUMMARY,
};
