// Agents and Groups (Data 2.4.2): an Agent has exactly one inverse functional identifier (mbox,
// mbox_sha1sum, openid, account); a Group lists Agents as members and, when identified, has one too.
import {
  checkIri,
  checkString,
  eachOf,
  has,
  objectAt,
  onlyProperties,
  requiredProperties,
  type FieldPath,
  type Findings,
} from './check-values.ts';
import { isMailto, isSha1 } from './xapi-formats.ts';

const IDENTIFIERS = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const ONE_IDENTIFIER = `exactly one of ${IDENTIFIERS.join(', ')}`;

/** The identifier properties `value` has, each checked. */
function checkIdentifiers(value: Record<string, unknown>, path: FieldPath, found: Findings): number {
  const present = IDENTIFIERS.filter((name) => has(value, name));
  if (has(value, 'mbox'))
    checkString(value.mbox, [...path, 'mbox'], found, {
      test: isMailto,
      name: 'a mailto IRI (mailto:name@example.org)',
    });
  if (has(value, 'mbox_sha1sum'))
    checkString(value.mbox_sha1sum, [...path, 'mbox_sha1sum'], found, {
      test: isSha1,
      name: 'the hex SHA-1 sum of a mailto IRI',
    });
  if (has(value, 'openid')) checkIri(value.openid, [...path, 'openid'], found);
  if (has(value, 'account')) checkAccount(value.account, [...path, 'account'], found);
  return present.length;
}

function checkAccount(value: unknown, path: FieldPath, found: Findings): void {
  const account = objectAt(value, path, found, 'an account');
  if (account === null) return;
  onlyProperties(account, ['homePage', 'name'], path, found, 'an account');
  requiredProperties(account, ['homePage', 'name'], path, found, 'an account');
  if (has(account, 'homePage')) checkIri(account.homePage, [...path, 'homePage'], found);
  if (has(account, 'name')) checkString(account.name, [...path, 'name'], found);
}

/** An Agent; `objectTypeRequired` where it stands as a statement's object. */
export function checkAgent(
  value: unknown,
  path: FieldPath,
  found: Findings,
  objectTypeRequired = false,
): void {
  const agent = objectAt(value, path, found, 'an Agent');
  if (agent === null) return;
  onlyProperties(agent, ['objectType', 'name', ...IDENTIFIERS], path, found, 'an Agent');
  if (has(agent, 'objectType') ? agent.objectType !== 'Agent' : objectTypeRequired)
    found.push({ path: [...path, 'objectType'], message: 'must be "Agent"' });
  if (has(agent, 'name')) checkString(agent.name, [...path, 'name'], found);
  if (checkIdentifiers(agent, path, found) !== 1)
    found.push({ path, message: `an Agent needs ${ONE_IDENTIFIER}` });
}

export function checkGroup(value: unknown, path: FieldPath, found: Findings): void {
  const group = objectAt(value, path, found, 'a Group');
  if (group === null) return;
  onlyProperties(group, ['objectType', 'name', 'member', ...IDENTIFIERS], path, found, 'a Group');
  if (group.objectType !== 'Group') found.push({ path: [...path, 'objectType'], message: 'must be "Group"' });
  if (has(group, 'name')) checkString(group.name, [...path, 'name'], found);
  const identifiers = checkIdentifiers(group, path, found);
  if (identifiers > 1) found.push({ path, message: `an identified Group needs ${ONE_IDENTIFIER}` });
  if (identifiers === 0 && !has(group, 'member'))
    found.push({
      path: [...path, 'member'],
      message: 'is required in an anonymous Group (one without identifier)',
    });
  if (has(group, 'member'))
    eachOf(group.member, [...path, 'member'], found, (member, at) => {
      if ((member as { objectType?: unknown } | null)?.objectType === 'Group')
        found.push({ path: at, message: "a Group's members are Agents, not Groups" });
      else checkAgent(member, at, found);
    });
}

/** An Agent, or a Group when its objectType says so. */
export function checkActor(value: unknown, path: FieldPath, found: Findings): void {
  if ((value as { objectType?: unknown } | null)?.objectType === 'Group') checkGroup(value, path, found);
  else checkAgent(value, path, found);
}
