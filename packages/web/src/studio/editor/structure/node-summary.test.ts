import { createIntl } from 'react-intl';
import { expect, it } from 'vitest';
import type { GroupNode, PathDefinition } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { nodeSummary } from './node-summary.ts';

const definition = example as PathDefinition;
const root = definition.requirements as GroupNode;
const group = (fields: Partial<GroupNode>): GroupNode => ({
  id: 'g',
  rule: 'atLeast',
  children: [],
  ...fields,
});
const summaryIn = (locale: string, messages: Record<string, string>, node: GroupNode) =>
  nodeSummary(createIntl({ locale, defaultLocale: 'en-GB', messages }), node, definition);

it('words groups as the engine words them for learners', () => {
  const [, core, electives] = root.children as GroupNode[];
  expect(summaryIn('en-GB', {}, core!)).toBe('all 2 in order');
  expect(summaryIn('en-GB', {}, electives!)).toBe('choose 2 of 3');
  expect(summaryIn('en-GB', {}, group({ count: 1, credits: 2.5, children: [core!] }))).toBe(
    'at least 1 of 1 and at least 2.5 credits',
  );
  expect(summaryIn('en-GB', {}, root)).toBe('all 4 required');
});

it('translates them with the learners’ messages, and names a rule it does not know', () => {
  const [, , electives] = root.children as GroupNode[];
  const french = { 'lp.rule.atLeast.summary.count': '{count} au choix parmi {total}' };
  expect(summaryIn('fr', french, electives!)).toBe('2 au choix parmi 3');
  expect(summaryIn('en-GB', {}, group({ rule: 'mystery' }))).toBe('rule mystery');
});
