// Statement comparison (xAPI Data 2.3.1): what an LRS may set or re-serialize does not make two
// statements differ; anything else does.
import { describe, expect, it } from 'vitest';
import { canonicalStatement } from '../src/statements/canonical-statement.ts';
import type { XapiStatement } from '../src/statements/statement-types.ts';
import { cmi5Passed } from './sample-statements.ts';

const ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const base = () => cmi5Passed('ada', ID) as unknown as XapiStatement;
const same = (a: object, b: object) =>
  canonicalStatement(a as XapiStatement) === canonicalStatement(b as XapiStatement);

describe('statement comparison', () => {
  it('ignores what the LRS sets, displays, definitions, zones, member order, email domain case', () => {
    const statement = base();
    const reserialized = {
      ...statement,
      id: ID.toUpperCase(),
      stored: '2026-03-03T09:10:00Z',
      authority: { mbox: 'mailto:lrs@example.org' },
      version: '1.0.0',
      verb: { id: statement.verb.id },
      object: { id: (statement.object as { id: string }).id },
      timestamp: '2026-03-03T10:09:13.245+01:00',
      context: {
        ...statement.context,
        registration: statement.context!.registration!.toUpperCase(),
        contextActivities: {
          ...statement.context!.contextActivities,
          grouping: { id: 'https://courses.example.org/cmi5/statistics/' },
        },
      },
    };
    expect(same(statement, reserialized)).toBe(true);
    const team = (members: object[]) => ({ ...statement, actor: { objectType: 'Group', member: members } });
    expect(
      same(
        team([
          { mbox: 'mailto:Ada@Example.ORG' },
          { account: { homePage: 'https://lms.example.org', name: 'kim' } },
        ]),
        team([
          { account: { homePage: 'https://lms.example.org', name: 'kim' } },
          { objectType: 'Agent', mbox: 'mailto:Ada@example.org' },
        ]),
      ),
    ).toBe(true);
  });

  it('tells apart a different result, actor, object, time or local part of an email', () => {
    const statement = base();
    expect(same(statement, { ...statement, result: { ...statement.result, score: { scaled: 0.83 } } })).toBe(
      false,
    );
    expect(same(statement, { ...statement, actor: { mbox: 'mailto:ada@example.org' } })).toBe(false);
    expect(same(statement, { ...statement, object: { id: 'https://courses.example.org/other' } })).toBe(
      false,
    );
    expect(same(statement, { ...statement, timestamp: '2026-03-03T09:09:13.246Z' })).toBe(false);
    expect(same(statement, { ...statement, result: { ...statement.result, duration: 'PT1512S' } })).toBe(
      false,
    );
    const email = (mbox: string) => ({ ...statement, actor: { mbox } });
    expect(same(email('mailto:ada@example.org'), email('mailto:ADA@example.org'))).toBe(false);
  });
});
