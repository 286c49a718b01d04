import { describe, expect, it } from 'vitest';
import { validatePath, type PathDefinition } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { fieldId, fieldOf, fieldPointers, locate, problemsByField } from './field-pointers.ts';

const path = example as unknown as PathDefinition;

describe('problems at their fields', () => {
  const fields = fieldPointers(path);

  it('knows the fields of the path, its skills, every node by kind and every tier', () => {
    for (const pointer of [
      '/key',
      '/skills/required/0/level',
      '/defaultCriteria/passed',
      '/requirements/rule',
      '/requirements/children/1/children/1/criteria/grade',
      '/requirements/children/2/count',
      '/tiers/1/requires',
    ])
      expect(fields).toContain(pointer);
    expect(fields).not.toContain('/requirements/children/0/count');
    expect(fields).not.toContain('/requirements/criteria');
  });

  it('puts a problem at its field, or at the nearest field around it', () => {
    expect(fieldOf('/requirements/children/2/count', fields)).toBe('/requirements/children/2/count');
    expect(fieldOf('/requirements/children/3/prerequisites/1', fields)).toBe(
      '/requirements/children/3/prerequisites',
    );
    expect(fieldOf('/requirements/children/1/children/0/criteria/grde', fields)).toBe(
      '/requirements/children/1/children/0/criteria',
    );
    expect(fieldOf('/requirements/children/0/prerequisite', fields)).toBe('/requirements/children/0');
    expect(fieldOf('/colour', fields)).toBe('');
  });

  it("groups core's real problems by field", () => {
    const broken = JSON.parse(JSON.stringify(example));
    broken.title = '';
    broken.requirements.children[2].count = 4;
    broken.tiers = [{ ...broken.tiers[0], requires: ['intor'] }];
    const result = validatePath(broken);
    expect(result.valid).toBe(false);
    const byField = problemsByField(result.errors, fieldPointers(broken as PathDefinition));
    expect(byField.get('/title')).toHaveLength(1);
    expect(byField.get('/requirements/children/2/count')![0]!.message).toMatch(/count is 4/);
    expect(byField.get('/tiers/0/requires')![0]!.translatable?.id).toBe('lp.problem.unknownReference.guess');
    const whole = { pointer: '/', message: 'whole' };
    expect(problemsByField([whole], fields).get('')).toEqual([whole]);
  });

  it('gives each field a DOM id and says where the editor shows it', () => {
    expect(fieldId('/requirements/children/2/count')).toBe('field-requirements-children-2-count');
    expect(fieldId('')).toBe('field-path');
    expect(locate(path, '/requirements/children/1/children/1/criteria/grade')).toEqual({
      section: 'structure',
      nodeId: 'ml',
    });
    expect(locate(path, '/requirements/children/12')).toEqual({ section: 'structure', nodeId: 'root' });
    expect(locate(path, '/tiers/0/title')).toEqual({ section: 'tiers' });
    expect(locate(path, '/title')).toEqual({ section: 'details' });
  });
});
