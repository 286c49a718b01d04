import { describe, expect, it } from 'vitest';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { readDefinitionFile } from './read-definition-file.ts';

describe('reading a definition file into the editor', () => {
  it('takes JSON and YAML, problems and all, for the editor to show at their fields', () => {
    expect(readDefinitionFile('path.json', JSON.stringify(example))).toEqual({
      kind: 'definition',
      definition: example,
    });
    const yaml =
      'key: path-v1:DemoU+X+1+a\ntitle: ""\nrequirements:\n  id: root\n  rule: all\n  children: []\n';
    expect(readDefinitionFile('path.yaml', yaml)).toMatchObject({
      kind: 'definition',
      definition: { title: '', requirements: { id: 'root', children: [] } },
    });
  });

  it('says where the syntax breaks', () => {
    expect(readDefinitionFile('path.json', '{\n  "title": }')).toEqual({
      kind: 'syntax',
      message: expect.stringMatching(/^is not valid JSON at line 2, column \d+/) as string,
    });
    expect(readDefinitionFile('path.yml', 'title: [unclosed\n')).toMatchObject({ kind: 'syntax' });
  });

  it('refuses a document that is no tree of nodes, with core’s problems at their pointers', () => {
    const reading = readDefinitionFile('path.json', JSON.stringify({ title: 'x', requirements: 'all' }));
    expect(reading.kind).toBe('shape');
    expect(reading.kind === 'shape' && reading.problems.map((problem) => problem.pointer)).toContain(
      '/requirements',
    );
  });
});
