// A plugin's filter as the caller of a route sees it: a refusal is 403 problem+json with the
// plugin's reason, a failing filter 502 naming the plugin; a filter's change is what gets recorded.
import { describe, expect, it } from 'vitest';
import { FilterStop, type FilterInputs } from '@learning-paths/plugin-api';
import { useTestApp } from '../../../test/test-app.ts';
import { NO_PLUGINS } from '../../plugins/loaded-plugins.ts';
import { dataAccess } from '../../store/data-access.ts';

const NOW = new Date('2026-03-01T10:00:00.000Z');
const COURSE = 'course-v1:DemoU+DS100+2026';
const CLOSED = 'course-v1:DemoU+DS999+2026';

/** Refuses facts about CLOSED, fails on a fact about `broken`, and scales completions down by half. */
function step({ facts, source }: FilterInputs['facts.record.before']): FilterInputs['facts.record.before'] {
  if (facts.some((fact) => fact.course === CLOSED)) throw new FilterStop(`${CLOSED} is closed for the term`);
  if (facts.some((fact) => fact.user === 'broken')) throw new TypeError('cannot read the ledger');
  return {
    source,
    facts: facts.map((fact) =>
      typeof fact.completion === 'number' ? { ...fact, completion: fact.completion / 2 } : fact,
    ),
  };
}

describe('a plugin filter on POST /api/v1/facts', () => {
  const { app, as, store } = useTestApp({
    now: NOW,
    users: { lms: [{ role: 'service', scope: '*' }], ada: [] },
    plugins: () =>
      Promise.resolve({
        ...NO_PLUGINS,
        filters: { 'facts.record.before': [{ pluginId: 'org.example.term', step, optional: false }] },
      }),
  });
  const post = (facts: object[]) =>
    app().inject({ method: 'POST', url: '/api/v1/facts', payload: { facts }, headers: as('lms') });

  it('refuses with 403 problem+json and the plugin’s reason', async () => {
    const response = await post([{ user: 'ada', course: CLOSED, completion: 1 }]);
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({
      status: 403,
      detail: `${CLOSED} is closed for the term (refused by plugin org.example.term)`,
    });
  });

  it('answers 502 naming the plugin when the filter fails', async () => {
    const response = await post([{ user: 'broken', course: COURSE, completion: 1 }]);
    expect(response.statusCode).toBe(502);
    expect(response.json()).toMatchObject({
      detail: 'the plugin org.example.term failed at facts.record.before: cannot read the ledger',
    });
  });

  it('records the facts as the filter changed them', async () => {
    expect((await post([{ user: 'ada', course: COURSE, completion: 0.8 }])).json()).toEqual({
      applied: 1,
      ignored: 0,
      rejected: [],
    });
    const data = dataAccess(store());
    const ada = (await data.users.findByUsername('ada'))!;
    expect((await data.facts.ofUsers([ada.id])).get(ada.id)!.get(COURSE)?.completion?.value).toBe(0.4);
  });
});
