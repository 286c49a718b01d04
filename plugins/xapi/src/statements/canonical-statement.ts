// A statement in the form statement comparison compares (Data 2.3.1): what an LRS may set or
// re-serialize is left out or normalized (id, stored, authority, version, attachments, Verb display,
// Activity definitions, the timestamp's zone, the order of a Group's members, an email domain's
// case, the array form of context activities), and keys are sorted. Two statements match when
// their canonical forms are equal strings.
import {
  isActivity,
  type XapiActivity,
  type XapiActor,
  type XapiContext,
  type XapiObject,
  type XapiStatement,
  type XapiSubStatement,
} from './statement-types.ts';
import { canonicalTimestamp } from './xapi-formats.ts';

export function canonicalStatement(statement: XapiStatement): string {
  return sortedJson(comparable(statement));
}

/** JSON with the keys of every object sorted: equal values give equal text. */
export function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${sortedJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function comparable(statement: XapiStatement | XapiSubStatement): object {
  const { actor, verb, object, result, context, timestamp } = statement;
  return {
    actor: comparableActor(actor),
    verb: { id: verb.id },
    object: comparableObject(object),
    ...(result === undefined ? {} : { result }),
    ...(context === undefined ? {} : { context: comparableContext(context) }),
    ...(timestamp === undefined ? {} : { timestamp: canonicalTimestamp(timestamp) }),
  };
}

function comparableActor(actor: XapiActor): object {
  const { mbox, ...rest } = actor;
  const email =
    mbox === undefined
      ? {}
      : {
          mbox: mbox.replace(
            /^mailto:(.*@)(.*)$/i,
            (_, local: string, domain: string) => `mailto:${local}${domain.toLowerCase()}`,
          ),
        };
  if (actor.objectType !== 'Group') return { ...rest, ...email, objectType: 'Agent' };
  const members = actor.member?.map(comparableActor).map(sortedJson).sort();
  return { ...rest, ...email, ...(members === undefined ? {} : { member: members }) };
}

function comparableActivity(activity: XapiActivity): object {
  return { objectType: 'Activity', id: activity.id };
}

function comparableObject(object: XapiObject): object {
  if (isActivity(object)) return comparableActivity(object);
  switch (object.objectType) {
    case 'StatementRef':
      return { objectType: 'StatementRef', id: object.id.toLowerCase() };
    case 'SubStatement':
      return { objectType: 'SubStatement', ...comparable(object) };
    default:
      return comparableActor(object);
  }
}

function comparableContext(context: XapiContext): object {
  const { registration, instructor, team, contextActivities, statement, ...rest } = context;
  return {
    ...rest,
    ...(registration === undefined ? {} : { registration: registration.toLowerCase() }),
    ...(instructor === undefined ? {} : { instructor: comparableActor(instructor) }),
    ...(team === undefined ? {} : { team: comparableActor(team) }),
    ...(statement === undefined
      ? {}
      : { statement: { objectType: 'StatementRef', id: statement.id.toLowerCase() } }),
    ...(contextActivities === undefined
      ? {}
      : {
          contextActivities: Object.fromEntries(
            Object.entries(contextActivities).map(([kind, activities]) => [
              kind,
              (Array.isArray(activities) ? activities : [activities]).map(comparableActivity),
            ]),
          ),
        }),
  };
}
