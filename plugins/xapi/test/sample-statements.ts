// Statements as real players send them: H5P (its WordPress and Moodle integrations: the learner by
// mbox, no id, the H5P library as category) and cmi5 (the learner by the LMS account, a registration,
// the cmi5 categories and session extension), for the tests.
import { randomUUID } from 'node:crypto';

export const H5P_CONTENT = 'https://h5p.example.org/wp-admin/admin-ajax.php?action=h5p_embed&id=12';
export const CMI5_COURSE = 'https://courses.example.org/cmi5/statistics/';
export const CMI5_AU = `${CMI5_COURSE}au/final-quiz`;
export const LMS_HOME_PAGE = 'https://lms.example.org';

/** An H5P Interactive Video finished with 6 of 8 points. */
export function h5pCompleted(email: string, activity = H5P_CONTENT): Record<string, unknown> {
  return {
    actor: { name: 'Lea Learner', mbox: `mailto:${email}`, objectType: 'Agent' },
    verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
    object: {
      id: activity,
      objectType: 'Activity',
      definition: {
        extensions: { 'http://h5p.org/x-api/h5p-local-content-id': 12 },
        name: { 'en-US': 'Descriptive statistics: check your understanding' },
      },
    },
    context: {
      contextActivities: {
        category: [{ id: 'http://h5p.org/libraries/H5P.InteractiveVideo-1.27', objectType: 'Activity' }],
      },
      extensions: { 'http://id.tincanapi.com/extension/ending-point': 'PT7M2S' },
    },
    result: {
      score: { min: 0, max: 8, raw: 6, scaled: 0.75 },
      completion: true,
      success: true,
      duration: 'PT7M8.21S',
    },
    timestamp: '2026-03-02T10:15:30.120+01:00',
  };
}

/** A cmi5 AU's passed statement, with a scaled score of 0.82. */
export function cmi5Passed(username: string, id: string = randomUUID()): Record<string, unknown> {
  return {
    id,
    actor: {
      objectType: 'Agent',
      name: 'Lea Learner',
      account: { homePage: `${LMS_HOME_PAGE}/`, name: username },
    },
    verb: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
    object: {
      id: CMI5_AU,
      objectType: 'Activity',
      definition: {
        name: { 'en-US': 'Statistics: final quiz' },
        type: 'http://adlnet.gov/expapi/activities/assessment',
      },
    },
    result: { score: { scaled: 0.82, raw: 82, min: 0, max: 100 }, success: true, duration: 'PT25M12S' },
    context: {
      registration: 'ec231277-b27b-4c15-8291-d29225b2b8f7',
      contextActivities: {
        category: [
          { id: 'https://w3id.org/xapi/cmi5/context/categories/moveon' },
          { id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' },
        ],
        grouping: [{ id: CMI5_COURSE }],
      },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': '458240298378231' },
    },
    timestamp: '2026-03-03T09:09:13.245Z',
  };
}
