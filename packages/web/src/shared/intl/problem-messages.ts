// The English default messages of the engine's validation problems (`lp.problem.*`, a Problem's
// `translatable`, ids listed in docs/path-format.md): rendered with them, a problem reads exactly
// as its English `message`; a translation supplies the same ids.
import { defineMessages } from 'react-intl';

/** What a value should have been, by zod's name of its type. */
const EXPECTED =
  '{expected, select, string {a string} number {a number} int {a whole number} boolean {true or false} array {a list} object {an object} other {{expected}}}';
/** What was found instead: `given` is its kind, `value` the value as JSON writes it. */
const GIVEN = '{given, select, string {the string {value}} list {a list} object {an object} other {{value}}}';
const KEY_KIND = '{kind, select, path {learning path} other {course}}';
const NOT_A_KEY = `"{text}" is not a ${KEY_KIND} key`;
const GUESS = ' (did you mean "{guess}"?)';
const UNKNOWN_FIELD = 'unknown field "{field}"';
const UNKNOWN_REFERENCE = '"{reference}" is not the id of any node or tier';
const UNKNOWN_RULE = 'unknown rule {value}: the rules are {rules}';

export const problemMessages: Readonly<Record<string, { id: string; defaultMessage: string }>> =
  defineMessages({
    // The shape of the document, node by node.
    'lp.problem.notAPath': {
      id: 'lp.problem.notAPath',
      defaultMessage: 'a path definition must be an object with key, title and requirements',
    },
    'lp.problem.nodeNotAnObject': {
      id: 'lp.problem.nodeNotAnObject',
      defaultMessage: 'a node must be an object: a step (with course) or a group (with rule and children)',
    },
    'lp.problem.stepAndGroup': {
      id: 'lp.problem.stepAndGroup',
      defaultMessage: 'a node is either a step (with course) or a group (with rule and children), not both',
    },
    'lp.problem.neitherStepNorGroup': {
      id: 'lp.problem.neitherStepNorGroup',
      defaultMessage: 'a node needs either course (a step) or rule and children (a group)',
    },
    'lp.problem.missingRule': {
      id: 'lp.problem.missingRule',
      defaultMessage: 'a group needs a rule: one of {rules}',
    },
    'lp.problem.unknownRule': { id: 'lp.problem.unknownRule', defaultMessage: UNKNOWN_RULE },
    'lp.problem.unknownRule.guess': {
      id: 'lp.problem.unknownRule.guess',
      defaultMessage: UNKNOWN_RULE + GUESS,
    },
    'lp.problem.emptyCriteria': {
      id: 'lp.problem.emptyCriteria',
      defaultMessage: 'criteria must name at least one of: {criteria}',
    },
    'lp.problem.emptyGroup': {
      id: 'lp.problem.emptyGroup',
      defaultMessage: 'a group needs at least one child; an empty group can never be satisfied',
    },
    // The size of the document.
    'lp.problem.tooDeep': {
      id: 'lp.problem.tooDeep',
      defaultMessage: 'groups may nest at most {limit} levels deep; this group is one level deeper',
    },
    'lp.problem.tooManyNodes': {
      id: 'lp.problem.tooManyNodes',
      defaultMessage: 'a path may have at most {limit} nodes (steps and groups); this is one too many',
    },
    'lp.problem.tooNested': {
      id: 'lp.problem.tooNested',
      defaultMessage: 'objects and lists may nest at most {limit} levels deep here',
    },
    // Fields, as the schema checks them.
    'lp.problem.unknownField': { id: 'lp.problem.unknownField', defaultMessage: UNKNOWN_FIELD },
    'lp.problem.unknownField.guess': {
      id: 'lp.problem.unknownField.guess',
      defaultMessage: UNKNOWN_FIELD + GUESS,
    },
    'lp.problem.required': { id: 'lp.problem.required', defaultMessage: '{field} is required' },
    'lp.problem.wrongType': {
      id: 'lp.problem.wrongType',
      defaultMessage: `{field} must be ${EXPECTED}, not ${GIVEN}`,
    },
    'lp.problem.notAlternative': {
      id: 'lp.problem.notAlternative',
      defaultMessage: `{field} must be {alternatives}, not ${GIVEN}`,
    },
    'lp.problem.notOneOf': {
      id: 'lp.problem.notOneOf',
      defaultMessage: `{field} must be one of {choices}, not ${GIVEN}`,
    },
    'lp.problem.empty': { id: 'lp.problem.empty', defaultMessage: '{field} must not be empty' },
    'lp.problem.minEntries': {
      id: 'lp.problem.minEntries',
      defaultMessage: '{field} must have at least {limit} entries',
    },
    'lp.problem.maxEntries': {
      id: 'lp.problem.maxEntries',
      defaultMessage: '{field} must have at most {limit} entries',
    },
    'lp.problem.minLength': {
      id: 'lp.problem.minLength',
      defaultMessage: '{field} must be at least {limit} characters long',
    },
    'lp.problem.maxLength': {
      id: 'lp.problem.maxLength',
      defaultMessage: '{field} must be at most {limit} characters long',
    },
    'lp.problem.min': { id: 'lp.problem.min', defaultMessage: '{field} must be at least {limit}' },
    'lp.problem.minExclusive': {
      id: 'lp.problem.minExclusive',
      defaultMessage: '{field} must be greater than {limit}',
    },
    'lp.problem.max': { id: 'lp.problem.max', defaultMessage: '{field} must be at most {limit}' },
    'lp.problem.maxExclusive': {
      id: 'lp.problem.maxExclusive',
      defaultMessage: '{field} must be less than {limit}',
    },
    'lp.problem.idFormat': {
      id: 'lp.problem.idFormat',
      defaultMessage: '{field} must be 1 to 64 characters, each a letter, digit, _ or -',
    },
    'lp.problem.timeFormat': {
      id: 'lp.problem.timeFormat',
      defaultMessage: '{field} must be an ISO 8601 time with a time zone, like {example}',
    },
    'lp.problem.reservedId': {
      id: 'lp.problem.reservedId',
      defaultMessage: 'the id "{id}" is reserved; choose another',
    },
    // Path and course keys.
    'lp.problem.key.notAString': {
      id: 'lp.problem.key.notAString',
      defaultMessage: `a ${KEY_KIND} key must be a string like {shape}`,
    },
    'lp.problem.key.prefix': {
      id: 'lp.problem.key.prefix',
      defaultMessage: `${NOT_A_KEY}: it must start with "{prefix}:" ({shape})`,
    },
    'lp.problem.key.partCount': {
      id: 'lp.problem.key.partCount',
      defaultMessage: `${NOT_A_KEY}: it has {count, plural, one {# part} other {# parts}} separated by "+", expected {expected} ({shape})`,
    },
    'lp.problem.key.emptyPart': {
      id: 'lp.problem.key.emptyPart',
      defaultMessage: `${NOT_A_KEY}: its {part} part is empty`,
    },
    'lp.problem.key.tooLong': {
      id: 'lp.problem.key.tooLong',
      defaultMessage: `a ${KEY_KIND} key must be at most {limit} characters long, not {length}`,
    },
    'lp.problem.key.character': {
      id: 'lp.problem.key.character',
      defaultMessage: `${NOT_A_KEY}: its {part} part "{content}" contains "{character}"; allowed are letters, digits and _ - ~ . :`,
    },
    // Ids, references and courses.
    'lp.problem.duplicateId': {
      id: 'lp.problem.duplicateId',
      defaultMessage: 'the id "{id}" is already used at {pointer}; ids must be unique across nodes and tiers',
    },
    'lp.problem.unknownReference': { id: 'lp.problem.unknownReference', defaultMessage: UNKNOWN_REFERENCE },
    'lp.problem.unknownReference.guess': {
      id: 'lp.problem.unknownReference.guess',
      defaultMessage: UNKNOWN_REFERENCE + GUESS,
    },
    'lp.problem.duplicateCourse': {
      id: 'lp.problem.duplicateCourse',
      defaultMessage:
        'the course {course} is already a step at {pointer}; a course may appear only once in a path',
    },
    'lp.problem.followedCourseTwice': {
      id: 'lp.problem.followedCourseTwice',
      defaultMessage:
        'the course {course} is already a step at {pointer}, which takes its current run; a step that follows a course takes every run of it, so the course may appear only once in a path',
    },
    // Requirements that can never be met.
    'lp.problem.requiresItself': {
      id: 'lp.problem.requiresItself',
      defaultMessage: '"{id}" cannot require itself',
    },
    'lp.problem.requiresAncestor': {
      id: 'lp.problem.requiresAncestor',
      defaultMessage: '"{id}" cannot require "{target}", which contains it: it could never unlock',
    },
    'lp.problem.requiresDescendant': {
      id: 'lp.problem.requiresDescendant',
      defaultMessage: '"{id}" cannot require "{target}", which is inside it: it could never unlock',
    },
    'lp.problem.cycle': {
      id: 'lp.problem.cycle',
      defaultMessage:
        '"{id}" requiring "{target}" makes a cycle ({cycle}), so none of them can ever be completed',
    },
    'lp.problem.atLeast.needsCountOrCredits': {
      id: 'lp.problem.atLeast.needsCountOrCredits',
      defaultMessage: 'an atLeast group needs count (how many children), credits (how many credits), or both',
    },
    'lp.problem.atLeast.countAboveChildren': {
      id: 'lp.problem.atLeast.countAboveChildren',
      defaultMessage:
        'count is {count} but the group has only {total, plural, one {# child} other {# children}}, so it can never be satisfied',
    },
    'lp.problem.atLeast.creditsAboveChildren': {
      id: 'lp.problem.atLeast.creditsAboveChildren',
      defaultMessage:
        'credits is {credits} but the children offer only {available} together, so it can never be satisfied',
    },
  });
