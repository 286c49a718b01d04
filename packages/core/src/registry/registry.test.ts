import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { allRule } from '../rules/groups/all.ts';
import { createRegistry, defaultRegistry } from './create-registry.ts';
import { RegistryError, RuleRegistry } from './registry.ts';

describe('the rule registry', () => {
  it('holds the built-in rules, in registration order', () => {
    const registry = createRegistry();
    expect(registry.criteria().map((criterion) => criterion.name)).toEqual(['completion', 'grade', 'passed']);
    expect(registry.groupRules().map((rule) => rule.name)).toEqual(['all', 'sequence', 'atLeast']);
    expect(registry.groupRule('atLeast')?.params).toHaveProperty('count');
  });

  it('refuses a taken name and a malformed one', () => {
    const registry = createRegistry();
    expect(() => registry.registerGroupRule(allRule)).toThrow(
      new RegistryError('a group rule named "all" is already registered'),
    );
    expect(() => registry.registerCriterion({ ...registry.criterion('grade')!, name: 'min grade' })).toThrow(
      /must be a letter followed by/,
    );
  });

  it('counts registrations so derived schemas can be rebuilt', () => {
    const registry = new RuleRegistry();
    expect(registry.revision).toBe(0);
    registry.registerCriterion({
      name: 'attended',
      description: 'Attended the session.',
      schema: z.literal(true),
      isSatisfied: (_param, course) => course.attended === true,
      progress: (_param, course) => (course.attended === true ? 1 : 0),
      explain: (_param, _course, title) => `Attend ${title}`,
      summarize: () => 'attended',
    });
    expect(registry.revision).toBe(1);
  });

  it('keeps separate registries apart from the default one', () => {
    createRegistry().registerCriterion({ ...defaultRegistry.criterion('grade')!, name: 'elsewhere' });
    expect(defaultRegistry.criterion('elsewhere')).toBeUndefined();
  });
});
