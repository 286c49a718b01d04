import { readdirSync, readFileSync } from 'node:fs';
import { createIntl } from 'react-intl';
import { reportIntlError } from './intl-errors.ts';
import { describe, expect, it } from 'vitest';
import {
  compilePath,
  describeLock,
  parseDocument,
  summarizeNode,
  type LearnerFacts,
  type Message,
  type MessageValue,
  type PathDefinition,
  type Wording,
} from '@learning-paths/core';
import { formatWords } from './format-words.ts';
import { serverMessages } from './server-messages.ts';

/** British English, the language of the engine's English text. */
const english = createIntl({ locale: 'en-GB', defaultLocale: 'en-GB', messages: {} });
const EXAMPLES = new URL('../../../../../examples/', import.meta.url);

/** Everything the engine and the server word for one learner: what is left, summaries, lock reasons. */
function wordsOf(definition: unknown, facts: LearnerFacts): Wording[] {
  const path = compilePath(definition);
  const evaluation = path.evaluate(facts);
  const locks = path.nodes
    .filter((node) => evaluation.nodes[node.id]!.status === 'locked')
    .map((node) => describeLock(path, node.id, evaluation.nodes[node.id]!.lockedBy));
  return [...evaluation.remaining, ...path.nodes.map(summarizeNode), ...locks];
}

/** The ids of a message and of the messages in its lists. */
function idsOf(message: Message): string[] {
  const lists = Object.values(message.values).filter((value): value is Extract<MessageValue, unknown[]> =>
    Array.isArray(value),
  );
  return [message.id, ...lists.flat().flatMap((item) => (typeof item === 'string' ? [] : [item.id]))];
}

/**
 * Every message has a default for each of its ids, and reads with it exactly as the English text.
 * Returns the ids read.
 */
function expectEnglishDefaults(words: readonly Wording[]): Set<string> {
  const seen = new Set<string>();
  for (const { text, message } of words) {
    expect(message, text).toBeDefined();
    for (const id of idsOf(message!)) {
      expect(Object.hasOwn(serverMessages, id), id).toBe(true);
      seen.add(id);
    }
    expect(formatWords(english, { text, message })).toBe(text);
  }
  return seen;
}

const course = (code: string) => `course-v1:T+${code}+2026`;
const step = (id: string, extra: object = {}) => ({
  id,
  title: id.toUpperCase(),
  course: course(id),
  ...extra,
});

/** A path with every kind of sentence: several unmet criteria, each atLeast need, every lock. */
const EVERYTHING: PathDefinition = {
  key: 'path-v1:T+ALL+2026+x',
  title: 'Everything',
  requirements: {
    id: 'root',
    title: 'Root',
    rule: 'all',
    children: [
      {
        id: 'solo',
        title: 'Solo',
        rule: 'all',
        children: [step('one', { criteria: { completion: 0.8, grade: 0.6, passed: true } })],
      },
      { id: 'order', title: 'Order', rule: 'sequence', children: [step('s1'), step('s2')] },
      { id: 'pick', title: 'Pick', rule: 'atLeast', count: 1, children: [step('a'), step('b')] },
      {
        id: 'credits',
        title: 'Credits',
        rule: 'atLeast',
        credits: 2.5,
        children: [step('c1', { credits: 1 }), step('c2', { credits: 1.5 })],
      },
      {
        id: 'both',
        title: 'Both',
        rule: 'atLeast',
        count: 2,
        credits: 3,
        children: [step('d1', { credits: 1 }), step('d2', { credits: 1 }), step('d3', { credits: 2 })],
      },
      {
        id: 'counted',
        title: 'Counted',
        rule: 'atLeast',
        count: 2,
        credits: 1,
        children: [step('e1'), step('e2')],
      },
      step('dated', { availableFrom: '2030-01-01T09:15:00Z' }),
      {
        id: 'gate',
        title: 'Gate',
        rule: 'all',
        prerequisites: ['solo'],
        children: [
          step('g1'),
          step('g2', { prerequisites: ['dated'] }),
          step('g3', { availableFrom: '2030-01-01T00:00:00Z' }),
          step('g4', { prerequisites: ['dated', 'pick', 'credits'], availableFrom: '2030-01-01T00:00:00Z' }),
        ],
      },
      step('later', { prerequisites: ['solo', 'dated'] }),
      step('opening', { prerequisites: ['solo'], availableFrom: '2030-02-01T00:00:00Z' }),
    ],
  },
};

/**
 * Enrollment results' details as the server words them (services/enrollments/enroll-learners.ts,
 * whose texts the server's own tests pin): staff see them through the same messages.
 */
const pending = { id: 'lp.enroll.pending', values: {} };
const ENROLLMENT_RESULTS: Wording[] = [
  { text: 'the row is empty', message: { id: 'lp.enroll.empty', values: {} } },
  {
    text: '"ann@" is not a valid email address',
    message: { id: 'lp.enroll.badEmail', values: { text: 'ann@' } },
  },
  {
    text: '"#ann" is neither a username (2 to 150 letters, digits or _ . @ + -) nor an email address',
    message: { id: 'lp.enroll.notALearner', values: { text: '#ann' } },
  },
  {
    text: 'no user has the username ann',
    message: { id: 'lp.enroll.unknownUsername', values: { username: 'ann' } },
  },
  {
    text: 'already waiting for an account with this email',
    message: { id: 'lp.enroll.stillPending', values: {} },
  },
  { text: 'no account has this email yet; enrolled when one appears', message: pending },
  {
    text: 'ann is already enrolled',
    message: { id: 'lp.enroll.alreadyEnrolled', values: { username: 'ann' } },
  },
  { text: 'ann is enrolled again', message: { id: 'lp.enroll.enrolledAgain', values: { username: 'ann' } } },
  { text: 'ann is enrolled', message: { id: 'lp.enroll.enrolled', values: { username: 'ann' } } },
  {
    text: 'ann matches usernames that differ only in case (Ann, ANN): write it exactly',
    message: { id: 'lp.enroll.ambiguousUsername', values: { text: 'ann', usernames: ['Ann', 'ANN'] } },
  },
  { text: 'line 1234: unmatched quote', message: { id: 'lp.enroll.unmatchedQuote', values: { line: 1234 } } },
  { text: 'line 9: not readable as CSV', message: { id: 'lp.enroll.unreadableLine', values: { line: 9 } } },
  { text: 'duplicate of line 2', message: { id: 'lp.enroll.duplicateOfLine', values: { line: 2 } } },
  { text: 'duplicate of row 1', message: { id: 'lp.enroll.duplicateOfRow', values: { row: 1 } } },
  {
    text: 'no account has this email yet; enrolled when one appears; queued for the LMS',
    message: { id: 'lp.enroll.queuedForLms', values: { detail: [pending] } },
  },
];

/** The server's refusal of a step using another organisation's unshared invite-only course (services/catalog/course-sharing.ts). */
const NOT_SHARED: Wording = {
  text: 'course-v1:B+X+2026 is an invite-only course of B, which does not share it with A: an author of B must share it before a A path may use it',
  message: { id: 'lp.sharing.notShared', values: { course: 'course-v1:B+X+2026', owner: 'B', org: 'A' } },
};

describe('the English default messages', () => {
  it('read exactly as the engine’s text for every learner of the data-science example', () => {
    const folder = new URL('data-science/', EXAMPLES);
    const definition = parseDocument(readFileSync(new URL('path.json', folder), 'utf8'));
    for (const file of readdirSync(new URL('learners/', folder))) {
      const facts = JSON.parse(readFileSync(new URL(`learners/${file}`, folder), 'utf8')) as LearnerFacts;
      expectEnglishDefaults(wordsOf(definition, facts));
    }
    // Before anything is done: the sequence and the capstone are locked.
    expectEnglishDefaults(wordsOf(definition, { now: '2026-03-01T10:00:00Z', courses: {} }));
  });

  it('read exactly as the engine’s text for the other examples', () => {
    for (const example of ['basic-sequence', 'credit-programme']) {
      const folder = new URL(`${example}/`, EXAMPLES);
      const definition = parseDocument(readFileSync(new URL('path.yaml', folder), 'utf8'));
      for (const file of readdirSync(new URL('learners/', folder))) {
        const facts = JSON.parse(readFileSync(new URL(`learners/${file}`, folder), 'utf8')) as LearnerFacts;
        expectEnglishDefaults(wordsOf(definition, facts));
      }
    }
  });

  it('read exactly as the engine’s text for every kind of sentence, and every id has been read', () => {
    const seen = expectEnglishDefaults([
      ...wordsOf(EVERYTHING, {
        now: '2026-04-01T00:00:00Z',
        courses: {
          [course('one')]: { completion: 0.5, grade: 0.3 },
          [course('d2')]: { passed: true },
          [course('e1')]: { passed: true },
        },
      }),
      ...ENROLLMENT_RESULTS,
      NOT_SHARED,
    ]);
    expect([...seen].sort()).toEqual(Object.keys(serverMessages).sort());
  });
});

describe('formatWords', () => {
  const capstone = {
    text: 'Unlocks after Core and Electives; opens on 1 May 2026',
    message: {
      id: 'lp.lock.after.opens',
      values: { titles: ['Core', 'Electives'], date: '2026-05-01T00:00:00Z' },
    },
  };

  it('translates, formatting lists and dates in the learner’s language', () => {
    const french = createIntl({
      locale: 'fr',
      onError: reportIntlError,
      defaultLocale: 'en-GB',
      messages: { 'lp.lock.after.opens': 'Se débloque après {titles} ; ouvre le {date}' },
    });
    expect(formatWords(french, capstone)).toBe('Se débloque après Core et Electives ; ouvre le 1 mai 2026');
  });

  it('shows the text when there is no message, or its id or that of an item is unknown', () => {
    expect(formatWords(english, { text: 'Attend the lab' })).toBe('Attend the lab');
    expect(formatWords(english, { text: 'As sent', message: { id: 'lp.newer', values: {} } })).toBe(
      'As sent',
    );
    const unknownItem = { id: 'lp.step.remaining', values: { clauses: [{ id: 'lp.newer', values: {} }] } };
    expect(formatWords(english, { text: 'As sent', message: unknownItem })).toBe('As sent');
    expect(formatWords(english, { text: 'As sent', message: { id: 'toString', values: {} } })).toBe(
      'As sent',
    );
  });
});
