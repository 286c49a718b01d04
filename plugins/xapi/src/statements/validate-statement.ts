// A statement checked as xAPI 1.0.3 asks of an LRS (Data 2.2 to 2.4): the properties it defines and
// no others, no nulls outside extensions, each value of its type and format. Returns every problem
// found, each at its path; none means the statement can be stored.
import {
  checkBoolean,
  checkExtensions,
  checkIri,
  checkLanguageMap,
  checkNumber,
  checkString,
  eachOf,
  has,
  isRecord,
  objectAt,
  onlyProperties,
  requiredProperties,
  UUID_FORMAT,
  type FieldPath,
  type Findings,
} from './check-values.ts';
import { CONTEXT_ACTIVITY_KINDS, VOIDED_VERB } from './statement-types.ts';
import { checkActivity } from './validate-activity.ts';
import { checkActor, checkAgent, checkGroup } from './validate-actor.ts';
import { isDuration, isLanguageTag, isMediaType, isVersion10, timestampInstant } from './xapi-formats.ts';

const TIMESTAMP = {
  test: (text: string) => timestampInstant(text) !== null,
  name: 'an ISO 8601 timestamp such as 2024-05-01T12:00:00.000Z',
};
const STATEMENT_PROPERTIES = [
  'id',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'stored',
  'authority',
  'version',
  'attachments',
];
/** A SubStatement is a statement without what the LRS sets or keys it by (id, stored, authority, version). */
const SUBSTATEMENT_PROPERTIES = [
  'objectType',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'attachments',
];

/** The problems of one statement, each at its path inside it; empty when it is valid. */
export function checkStatement(value: unknown): Findings {
  const found: Findings = [];
  const statement = objectAt(value, [], found, 'a Statement');
  if (statement === null) return found;
  onlyProperties(statement, STATEMENT_PROPERTIES, [], found, 'a Statement');
  if (has(statement, 'id')) checkString(statement.id, ['id'], found, UUID_FORMAT);
  checkStatementParts(statement, [], found, 'a Statement');
  if (has(statement, 'stored')) checkString(statement.stored, ['stored'], found, TIMESTAMP);
  if (has(statement, 'authority')) checkActor(statement.authority, ['authority'], found);
  if (has(statement, 'version'))
    checkString(statement.version, ['version'], found, { test: isVersion10, name: 'an xAPI 1.0.x version' });
  const verb = statement.verb as { id?: unknown } | null;
  const object = statement.object as { objectType?: unknown } | null;
  if (verb?.id === VOIDED_VERB && object?.objectType !== 'StatementRef')
    found.push({ path: ['object', 'objectType'], message: 'must be "StatementRef" in a voiding statement' });
  return found;
}

/** What statements and SubStatements share: actor, verb, object, result, context, timestamp, attachments. */
function checkStatementParts(
  statement: Record<string, unknown>,
  path: FieldPath,
  found: Findings,
  what: string,
): void {
  requiredProperties(statement, ['actor', 'verb', 'object'], path, found, what);
  if (has(statement, 'actor')) checkActor(statement.actor, [...path, 'actor'], found);
  if (has(statement, 'verb')) checkVerb(statement.verb, [...path, 'verb'], found);
  if (has(statement, 'object'))
    checkObject(statement.object, [...path, 'object'], found, what === 'a SubStatement');
  if (has(statement, 'result')) checkResult(statement.result, [...path, 'result'], found);
  if (has(statement, 'context')) {
    const object = statement.object as { objectType?: unknown } | null;
    const aboutActivity = object?.objectType === undefined || object.objectType === 'Activity';
    checkContext(statement.context, [...path, 'context'], found, aboutActivity);
  }
  if (has(statement, 'timestamp')) checkString(statement.timestamp, [...path, 'timestamp'], found, TIMESTAMP);
  if (has(statement, 'attachments'))
    eachOf(statement.attachments, [...path, 'attachments'], found, (attachment, at) =>
      checkAttachment(attachment, at, found),
    );
}

function checkVerb(value: unknown, path: FieldPath, found: Findings): void {
  const verb = objectAt(value, path, found, 'a Verb');
  if (verb === null) return;
  onlyProperties(verb, ['id', 'display'], path, found, 'a Verb');
  requiredProperties(verb, ['id'], path, found, 'a Verb');
  if (has(verb, 'id')) checkIri(verb.id, [...path, 'id'], found);
  if (has(verb, 'display')) checkLanguageMap(verb.display, [...path, 'display'], found);
}

const OBJECT_TYPES = ['Activity', 'Agent', 'Group', 'StatementRef', 'SubStatement'];

function checkObject(value: unknown, path: FieldPath, found: Findings, inSubStatement: boolean): void {
  if (!isRecord(value)) {
    found.push({ path, message: `must be a JSON object: an ${OBJECT_TYPES.join(', ')}` });
    return;
  }
  switch (value.objectType) {
    case undefined:
    case 'Activity':
      return checkActivity(value, path, found);
    case 'Agent':
      return checkAgent(value, path, found, true);
    case 'Group':
      return checkGroup(value, path, found);
    case 'StatementRef':
      return checkStatementRef(value, path, found);
    case 'SubStatement':
      if (inSubStatement)
        found.push({
          path: [...path, 'objectType'],
          message: 'a SubStatement cannot contain another SubStatement',
        });
      else checkSubStatement(value, path, found);
      return;
    default:
      found.push({ path: [...path, 'objectType'], message: `must be one of ${OBJECT_TYPES.join(', ')}` });
  }
}

function checkSubStatement(value: Record<string, unknown>, path: FieldPath, found: Findings): void {
  onlyProperties(value, SUBSTATEMENT_PROPERTIES, path, found, 'a SubStatement');
  checkStatementParts(value, path, found, 'a SubStatement');
}

function checkStatementRef(value: unknown, path: FieldPath, found: Findings): void {
  const reference = objectAt(value, path, found, 'a StatementRef');
  if (reference === null) return;
  onlyProperties(reference, ['objectType', 'id'], path, found, 'a StatementRef');
  if (reference.objectType !== 'StatementRef')
    found.push({ path: [...path, 'objectType'], message: 'must be "StatementRef"' });
  if (has(reference, 'id')) checkString(reference.id, [...path, 'id'], found, UUID_FORMAT);
  else found.push({ path: [...path, 'id'], message: 'is required in a StatementRef' });
}

function checkResult(value: unknown, path: FieldPath, found: Findings): void {
  const result = objectAt(value, path, found, 'a Result');
  if (result === null) return;
  onlyProperties(
    result,
    ['score', 'success', 'completion', 'response', 'duration', 'extensions'],
    path,
    found,
    'a Result',
  );
  if (has(result, 'score')) checkScore(result.score, [...path, 'score'], found);
  for (const flag of ['success', 'completion'])
    if (has(result, flag)) checkBoolean(result[flag], [...path, flag], found);
  if (has(result, 'response')) checkString(result.response, [...path, 'response'], found);
  if (has(result, 'duration'))
    checkString(result.duration, [...path, 'duration'], found, {
      test: isDuration,
      name: 'an ISO 8601 duration such as PT1H30M',
    });
  if (has(result, 'extensions')) checkExtensions(result.extensions, [...path, 'extensions'], found);
}

/** scaled within [-1, 1], min below max, raw between them. */
function checkScore(value: unknown, path: FieldPath, found: Findings): void {
  const score = objectAt(value, path, found, 'a Score');
  if (score === null) return;
  onlyProperties(score, ['scaled', 'raw', 'min', 'max'], path, found, 'a Score');
  const numbers: Partial<Record<'scaled' | 'raw' | 'min' | 'max', number>> = {};
  for (const name of ['scaled', 'raw', 'min', 'max'] as const)
    if (has(score, name) && checkNumber(score[name], [...path, name], found)) numbers[name] = score[name];
  const { scaled, raw, min, max } = numbers;
  if (scaled !== undefined && (scaled < -1 || scaled > 1))
    found.push({ path: [...path, 'scaled'], message: `must be between -1 and 1, not ${scaled}` });
  if (min !== undefined && max !== undefined && min >= max)
    found.push({ path: [...path, 'max'], message: `must be greater than min (${min})` });
  if (raw !== undefined && min !== undefined && raw < min)
    found.push({ path: [...path, 'raw'], message: `must not be below min (${min})` });
  if (raw !== undefined && max !== undefined && raw > max)
    found.push({ path: [...path, 'raw'], message: `must not be above max (${max})` });
}

const CONTEXT_PROPERTIES = [
  'registration',
  'instructor',
  'team',
  'contextActivities',
  'revision',
  'platform',
  'language',
  'statement',
  'extensions',
];

function checkContext(value: unknown, path: FieldPath, found: Findings, aboutActivity: boolean): void {
  const context = objectAt(value, path, found, 'a Context');
  if (context === null) return;
  onlyProperties(context, CONTEXT_PROPERTIES, path, found, 'a Context');
  if (has(context, 'registration'))
    checkString(context.registration, [...path, 'registration'], found, UUID_FORMAT);
  if (has(context, 'instructor')) checkActor(context.instructor, [...path, 'instructor'], found);
  if (has(context, 'team')) checkGroup(context.team, [...path, 'team'], found);
  if (has(context, 'contextActivities'))
    checkContextActivities(context.contextActivities, [...path, 'contextActivities'], found);
  for (const text of ['revision', 'platform']) {
    if (!has(context, text)) continue;
    checkString(context[text], [...path, text], found);
    if (!aboutActivity)
      found.push({ path: [...path, text], message: 'may only be given when the object is an Activity' });
  }
  if (has(context, 'language'))
    checkString(context.language, [...path, 'language'], found, {
      test: isLanguageTag,
      name: 'a language tag (RFC 5646, such as en-US)',
    });
  if (has(context, 'statement')) checkStatementRef(context.statement, [...path, 'statement'], found);
  if (has(context, 'extensions')) checkExtensions(context.extensions, [...path, 'extensions'], found);
}

/** parent, grouping, category and other: each an Activity or an array of them. */
function checkContextActivities(value: unknown, path: FieldPath, found: Findings): void {
  const kinds = objectAt(value, path, found, 'a map of context activities');
  if (kinds === null) return;
  onlyProperties(kinds, CONTEXT_ACTIVITY_KINDS, path, found, 'contextActivities');
  for (const kind of CONTEXT_ACTIVITY_KINDS.filter((name) => has(kinds, name))) {
    const activities = kinds[kind];
    if (Array.isArray(activities))
      eachOf(activities, [...path, kind], found, (activity, at) => checkActivity(activity, at, found));
    else checkActivity(activities, [...path, kind], found);
  }
}

const ATTACHMENT_PROPERTIES = [
  'usageType',
  'display',
  'description',
  'contentType',
  'length',
  'sha2',
  'fileUrl',
];

function checkAttachment(value: unknown, path: FieldPath, found: Findings): void {
  const attachment = objectAt(value, path, found, 'an Attachment');
  if (attachment === null) return;
  onlyProperties(attachment, ATTACHMENT_PROPERTIES, path, found, 'an Attachment');
  requiredProperties(
    attachment,
    ['usageType', 'display', 'contentType', 'length', 'sha2'],
    path,
    found,
    'an Attachment',
  );
  if (has(attachment, 'usageType')) checkIri(attachment.usageType, [...path, 'usageType'], found);
  for (const map of ['display', 'description'])
    if (has(attachment, map)) checkLanguageMap(attachment[map], [...path, map], found);
  if (has(attachment, 'contentType'))
    checkString(attachment.contentType, [...path, 'contentType'], found, {
      test: isMediaType,
      name: 'a media type',
    });
  if (
    has(attachment, 'length') &&
    !(Number.isInteger(attachment.length) && (attachment.length as number) >= 0)
  )
    found.push({ path: [...path, 'length'], message: 'must be a whole number of bytes' });
  if (has(attachment, 'sha2')) checkString(attachment.sha2, [...path, 'sha2'], found);
  // The data of an attachment without fileUrl comes as a part of a multipart/mixed request.
  if (has(attachment, 'fileUrl')) checkIri(attachment.fileUrl, [...path, 'fileUrl'], found);
  else
    found.push({
      path: [...path, 'fileUrl'],
      message:
        'is required here: this LRS does not take attachment data (multipart/mixed); give the file by its fileUrl',
    });
}
