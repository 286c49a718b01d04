// The statement validator against xAPI 1.0.3's rules: a statement using every part passes, and each
// way of breaking one is named by its field, as the LRS's 400 answers name it.
import { describe, expect, it } from 'vitest';
import { batchProblems } from '../src/statements/batch-problems.ts';
import { fieldName } from '../src/statements/check-values.ts';
import { checkStatement } from '../src/statements/validate-statement.ts';
import { cmi5Passed, h5pCompleted } from './sample-statements.ts';

type Statement = Record<string, any>;

/** A statement that uses every part xAPI defines, validly. */
function complete(): Statement {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    actor: {
      objectType: 'Group',
      name: 'Team A',
      account: { homePage: 'https://lms.example.org', name: 'team-a' },
      member: [
        { mbox: 'mailto:ada@example.org' },
        { mbox_sha1sum: 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9' },
      ],
    },
    verb: {
      id: 'http://adlnet.gov/expapi/verbs/answered',
      display: { 'en-US': 'answered', 'fr-CA': 'a répondu' },
    },
    object: {
      objectType: 'Activity',
      id: 'https://example.org/quiz/q1',
      definition: {
        name: { en: 'Question 1' },
        description: { en: 'Pick one' },
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        moreInfo: 'https://example.org/quiz',
        interactionType: 'choice',
        correctResponsesPattern: ['golf[,]tetris'],
        choices: [
          { id: 'golf', description: { en: 'Golf' } },
          { id: 'tetris', description: { en: 'Tetris' } },
        ],
        extensions: { 'https://example.org/x/level': null },
      },
    },
    result: {
      score: { scaled: -0.5, raw: 2, min: 0, max: 8 },
      success: false,
      completion: true,
      response: 'golf',
      duration: 'PT1H0M0.5S',
      extensions: { 'https://w3id.org/xapi/cmi5/result/extensions/progress': 100 },
    },
    context: {
      registration: 'ec231277-b27b-4c15-8291-d29225b2b8f7',
      instructor: { openid: 'https://openid.example.org/sam' },
      team: { objectType: 'Group', member: [{ mbox: 'mailto:kim@example.org' }] },
      contextActivities: {
        parent: { id: 'https://example.org/quiz' },
        category: [{ id: 'https://example.org/c' }],
      },
      revision: '2',
      platform: 'H5P',
      language: 'en-GB',
      statement: { objectType: 'StatementRef', id: '8f87ccde-bb56-4c2e-ab83-44982ef22df0' },
      extensions: { 'https://example.org/x/room': { floor: 2 } },
    },
    timestamp: '2026-03-02T10:15:30.1234+01:00',
    stored: '2026-03-02T09:15:31Z',
    authority: { objectType: 'Agent', account: { homePage: 'https://lms.example.org', name: 'lms' } },
    version: '1.0.0',
    attachments: [
      {
        usageType: 'http://adlnet.gov/expapi/attachments/signature',
        display: { en: 'Certificate' },
        contentType: 'application/pdf',
        length: 12345,
        sha2: '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a',
        fileUrl: 'https://files.example.org/certificate.pdf',
      },
    ],
  };
}

function problems(statement: unknown): string[] {
  return checkStatement(statement).map(({ path, message }) =>
    path.length === 0 ? message : `${fieldName(path)}: ${message}`,
  );
}

/** `complete()` changed by `change`. */
function broken(change: (statement: Statement) => void): Statement {
  const statement = complete();
  change(statement);
  return statement;
}

describe('the xAPI statement validator', () => {
  it('accepts a statement using every part, and what H5P and cmi5 send', () => {
    expect(problems(complete())).toEqual([]);
    expect(problems(h5pCompleted('ada@example.org'))).toEqual([]);
    expect(problems(cmi5Passed('ada'))).toEqual([]);
    const minimal = {
      actor: { mbox: 'mailto:a@b.org' },
      verb: { id: 'urn:x:did' },
      object: { id: 'urn:x:it' },
    };
    expect(problems(minimal)).toEqual([]);
  });

  const cases: [string, unknown, string[]][] = [
    ['a statement that is not an object', 'completed', ['must be a Statement (a JSON object)']],
    ['an array in place of a statement', [], ['must be a Statement (a JSON object)']],
    [
      'a statement without actor, verb and object',
      {},
      [
        'actor: is required in a Statement',
        'verb: is required in a Statement',
        'object: is required in a Statement',
      ],
    ],
    [
      'a property xAPI does not define',
      broken((s) => (s.score = 1)),
      ['score: is not a property of a Statement'],
    ],
    [
      'a property in the wrong case',
      broken((s) => ((s.Actor = s.actor), delete s.actor)),
      ['Actor: is not a property of a Statement', 'actor: is required in a Statement'],
    ],
    [
      'an id that is not a UUID',
      broken((s) => (s.id = '12345')),
      ['id: must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e, not "12345"'],
    ],
    [
      'an Agent with two identifiers',
      broken((s) => (s.actor = { mbox: 'mailto:a@b.org', openid: 'https://id.example.org/a' })),
      ['actor: an Agent needs exactly one of mbox, mbox_sha1sum, openid, account'],
    ],
    [
      'an Agent with no identifier',
      broken((s) => (s.actor = { name: 'Ada' })),
      ['actor: an Agent needs exactly one of mbox, mbox_sha1sum, openid, account'],
    ],
    [
      'an mbox that is not a mailto IRI',
      broken((s) => (s.actor = { mbox: 'ada@example.org' })),
      ['actor.mbox: must be a mailto IRI (mailto:name@example.org), not "ada@example.org"'],
    ],
    [
      'an mbox_sha1sum that is not a SHA-1',
      broken((s) => (s.actor = { mbox_sha1sum: 'abc' })),
      ['actor.mbox_sha1sum: must be the hex SHA-1 sum of a mailto IRI, not "abc"'],
    ],
    [
      'an account without homePage, its name a number',
      broken((s) => (s.actor = { account: { name: 7 } })),
      ['actor.account.homePage: is required in an account', 'actor.account.name: must be a string'],
    ],
    [
      'an account homePage that is no IRI',
      broken((s) => (s.actor = { account: { homePage: 'lms.example.org', name: 'ada' } })),
      [
        'actor.account.homePage: must be an IRI (a scheme such as https: and no white space), not "lms.example.org"',
      ],
    ],
    [
      'an objectType in the wrong case',
      broken((s) => (s.actor = { objectType: 'agent', mbox: 'mailto:a@b.org' })),
      ['actor.objectType: must be "Agent"'],
    ],
    [
      'an anonymous Group without members',
      broken((s) => (s.actor = { objectType: 'Group', name: 'Team' })),
      ['actor.member: is required in an anonymous Group (one without identifier)'],
    ],
    [
      'a Group among the members of a Group',
      broken((s) => s.actor.member.push({ objectType: 'Group', member: [] })),
      ["actor.member[2]: a Group's members are Agents, not Groups"],
    ],
    [
      'an identified Group with two identifiers',
      broken((s) => (s.actor.mbox = 'mailto:team@example.org')),
      ['actor: an identified Group needs exactly one of mbox, mbox_sha1sum, openid, account'],
    ],
    [
      'a verb id that is a word, not an IRI',
      broken((s) => (s.verb.id = 'completed')),
      ['verb.id: must be an IRI (a scheme such as https: and no white space), not "completed"'],
    ],
    [
      'a verb id with white space',
      broken((s) => (s.verb.id = 'http://example.org/did it')),
      [
        'verb.id: must be an IRI (a scheme such as https: and no white space), not "http://example.org/did it"',
      ],
    ],
    [
      'a display keyed by something else than a language tag',
      broken((s) => (s.verb.display = { en_US: 'answered' })),
      ['verb.display.en_US: is not a language tag (RFC 5646, such as en-US)'],
    ],
    ['a verb without id', broken((s) => delete s.verb.id), ['verb.id: is required in a Verb']],
    ['an Activity without id', broken((s) => delete s.object.id), ['object.id: is required in an Activity']],
    [
      'an unknown objectType',
      broken((s) => ((s.object.objectType = 'activity'), delete s.context)),
      ['object.objectType: must be one of Activity, Agent, Group, StatementRef, SubStatement'],
    ],
    [
      'an Agent as object without its objectType (so taken as an Activity)',
      broken((s) => (s.object = { mbox: 'mailto:a@b.org' })),
      ['object.mbox: is not a property of an Activity', 'object.id: is required in an Activity'],
    ],
    [
      'a StatementRef whose id is no UUID',
      broken((s) => ((s.object = { objectType: 'StatementRef', id: 'last-one' }), delete s.context)),
      ['object.id: must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e, not "last-one"'],
    ],
    [
      'a SubStatement with an id, holding another SubStatement',
      broken((s) => {
        const inner = { objectType: 'SubStatement', actor: s.actor, verb: s.verb, object: { id: 'urn:x:y' } };
        s.object = { ...inner, id: s.id, object: inner };
        delete s.context;
      }),
      [
        'object.id: is not a property of a SubStatement',
        'object.object.objectType: a SubStatement cannot contain another SubStatement',
      ],
    ],
    [
      'a scaled score above 1',
      broken((s) => (s.result.score = { scaled: 1.5 })),
      ['result.score.scaled: must be between -1 and 1, not 1.5'],
    ],
    [
      'a raw score above max and min above max',
      broken((s) => (s.result.score = { raw: 11, min: 12, max: 10 })),
      [
        'result.score.max: must be greater than min (12)',
        'result.score.raw: must not be below min (12)',
        'result.score.raw: must not be above max (10)',
      ],
    ],
    [
      'numbers and booleans sent as strings',
      broken((s) => ((s.result.score = { raw: '5' }), (s.result.completion = 'true'))),
      ['result.score.raw: must be a number', 'result.completion: must be true or false'],
    ],
    [
      'a null outside extensions',
      broken((s) => (s.result.response = null)),
      ['result.response: must be a string'],
    ],
    [
      'a duration that is not ISO 8601',
      broken((s) => (s.result.duration = '7 minutes')),
      ['result.duration: must be an ISO 8601 duration such as PT1H30M, not "7 minutes"'],
    ],
    [
      'an extension keyed by a word',
      broken((s) => (s.result.extensions = { progress: 100 })),
      ['result.extensions.progress: must be an IRI to name an extension'],
    ],
    ...[
      'yesterday',
      '2026-02-30T10:00:00Z',
      '2026-03-02T25:00:00Z',
      '2026-03-02T10:00:00-00:00',
      '2026-03-02',
    ].map((timestamp): [string, unknown, string[]] => [
      `the timestamp ${timestamp}`,
      broken((s) => (s.timestamp = timestamp)),
      [`timestamp: must be an ISO 8601 timestamp such as 2024-05-01T12:00:00.000Z, not "${timestamp}"`],
    ]),
    [
      'a stored time that is no timestamp',
      broken((s) => (s.stored = 1_700_000_000)),
      ['stored: must be an ISO 8601 timestamp such as 2024-05-01T12:00:00.000Z'],
    ],
    [
      'a registration that is no UUID, a single context activity that is a string',
      broken(
        (s) => (
          (s.context.registration = 'r1'),
          (s.context.contextActivities.parent = 'https://example.org')
        ),
      ),
      [
        'context.registration: must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e, not "r1"',
        'context.contextActivities.parent: must be an Activity (a JSON object)',
      ],
    ],
    [
      'a context activity kind xAPI does not define',
      broken((s) => (s.context.contextActivities.parents = [])),
      ['context.contextActivities.parents: is not a property of contextActivities'],
    ],
    [
      'a platform and revision about an Agent',
      broken((s) => (s.object = { objectType: 'Agent', mbox: 'mailto:a@b.org' })),
      [
        'context.revision: may only be given when the object is an Activity',
        'context.platform: may only be given when the object is an Activity',
      ],
    ],
    [
      'a context language that is no language tag, a team that is an Agent',
      broken((s) => ((s.context.language = 'english!'), (s.context.team = { mbox: 'mailto:a@b.org' }))),
      [
        'context.team.objectType: must be "Group"',
        'context.language: must be a language tag (RFC 5646, such as en-US), not "english!"',
      ],
    ],
    [
      'a version other than 1.0.x',
      broken((s) => (s.version = '2.0.0')),
      ['version: must be an xAPI 1.0.x version, not "2.0.0"'],
    ],
    [
      'an authority without identifier',
      broken((s) => (s.authority = { objectType: 'Agent', name: 'LMS' })),
      ['authority: an Agent needs exactly one of mbox, mbox_sha1sum, openid, account'],
    ],
    [
      'a voiding statement whose object is an Activity',
      broken((s) => (s.verb = { id: 'http://adlnet.gov/expapi/verbs/voided' })),
      ['object.objectType: must be "StatementRef" in a voiding statement'],
    ],
    [
      'an attachment without fileUrl, its length negative',
      broken((s) => {
        delete s.attachments[0].fileUrl;
        s.attachments[0].length = -1;
      }),
      [
        'attachments[0].length: must be a whole number of bytes',
        'attachments[0].fileUrl: is required here: this LRS does not take attachment data (multipart/mixed); give the file by its fileUrl',
      ],
    ],
    [
      'attachments that are not an array',
      broken((s) => (s.attachments = s.attachments[0])),
      ['attachments: must be an array'],
    ],
    [
      'a component list the interaction type has not, an unknown type, repeated choice ids',
      broken((s) => {
        s.object.definition.scale = [];
        s.object.definition.choices[1].id = 'golf';
      }),
      [
        'object.definition.choices[1].id: is the id of an earlier component of this list',
        'object.definition.scale: is not a component list of a choice interaction',
      ],
    ],
    [
      'interaction properties without a known interactionType',
      broken((s) => (s.object.definition.interactionType = 'essay')),
      [
        'object.definition.interactionType: must be one of true-false, choice, fill-in, long-fill-in, matching, performance, sequencing, likert, numeric, other where interaction properties are used',
      ],
    ],
    [
      'correct responses that are not strings',
      broken((s) => (s.object.definition.correctResponsesPattern = [1])),
      ['object.definition.correctResponsesPattern[0]: must be a string'],
    ],
  ];

  it.each(cases)('refuses %s', (_description, statement, expected) => {
    expect(problems(statement)).toEqual(expected);
  });

  it('accepts the timestamps ISO 8601 allows: zones, no seconds, many decimals, no zone at all', () => {
    for (const timestamp of [
      '2026-03-02T10:15Z',
      '2026-03-02T10:15:30+0100',
      '2026-03-02T10:15:30-05',
      '2026-03-02T10:15:30.123456789Z',
      '2026-03-02T10:15:30',
    ])
      expect([timestamp, problems({ ...complete(), timestamp })]).toEqual([timestamp, []]);
  });

  it('names the statement of a batch by its index, with JSON pointers into the body', () => {
    const bad = broken((s) => ((s.id = 'x'), (s.verb.id = 'done')));
    const batch = batchProblems([complete(), bad], true)!;
    expect(batch.detail).toBe(
      'statement 1: id: must be a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e, not "x" (and 1 more problem); nothing was stored',
    );
    expect(batch.errors.map((error) => error.pointer)).toEqual(['/1/id', '/1/verb/id']);
    expect(batchProblems([bad], false)!.errors.map((error) => error.pointer)).toEqual(['/id', '/verb/id']);
    expect(batchProblems([complete(), complete()], true)).toBeNull();
  });

  it('cuts the values it repeats short', () => {
    const [problem] = problems(broken((s) => (s.id = 'x'.repeat(10_000))));
    expect(problem!.length).toBeLessThan(200);
  });
});
