import { describe, expect, it } from 'vitest';
import {
  courseKeyProblem,
  formatCourseKey,
  formatPathKey,
  KeyError,
  parseCourseKey,
  parsePathKey,
  pathKeyProblem,
  pathKeyWords,
} from './keys.ts';

describe('learning path keys', () => {
  it('parses the four parts', () => {
    expect(parsePathKey('path-v1:DemoU+DS+2026+spring')).toEqual({
      org: 'DemoU',
      number: 'DS',
      run: '2026',
      group: 'spring',
    });
  });

  it('accepts the characters opaque-keys allows, including letters beyond ASCII', () => {
    expect(parsePathKey('path-v1:Ôrg_1+D.S-2~x+run:1+g').org).toBe('Ôrg_1');
  });

  it('formats what it parses', () => {
    const key = 'path-v1:MITx+6.00x+2026_T1+cohort-a';
    expect(formatPathKey(parsePathKey(key))).toBe(key);
  });

  it.each([
    ['course-v1:DemoU+DS+2026', 'must start with "path-v1:"'],
    ['path-v1:DemoU+DS+2026', 'it has 3 parts separated by "+", expected 4'],
    ['path-v1:DemoU+DS+2026+spring+extra', 'it has 5 parts'],
    ['path-v1:DemoU++2026+spring', 'its number part is empty'],
    ['path-v1:Demo U+DS+2026+spring', 'its org part "Demo U" contains " "'],
    ['path-v1:DemoU+DS/1+2026+spring', 'contains "/"'],
  ])('says what is wrong with %s', (text, expected) => {
    expect(() => parsePathKey(text)).toThrow(KeyError);
    expect(pathKeyProblem(text)).toContain(expected);
  });

  it('takes up to 255 characters, and says how long a longer key is without repeating it', () => {
    const longest = `path-v1:a+b+c+${'d'.repeat(241)}`;
    expect(parsePathKey(longest).group).toHaveLength(241);
    const words = pathKeyWords(longest + 'd');
    expect(words).toEqual({
      text: 'a learning path key must be at most 255 characters long, not 256',
      message: { id: 'lp.problem.key.tooLong', values: { kind: 'path', limit: 255, length: 256 } },
    });
    expect(() => formatPathKey({ org: 'a', number: 'b', run: 'c', group: 'd'.repeat(242) })).toThrow(
      /at most 255 characters/,
    );
    expect(courseKeyProblem(`course-v1:a+b+${'c'.repeat(300)}`)).toBe(
      'a course key must be at most 255 characters long, not 314',
    );
  });

  it('refuses to format a key with an invalid part', () => {
    expect(() => formatPathKey({ org: 'a b', number: 'n', run: 'r', group: 'g' })).toThrow(
      /org part "a b" contains " "/,
    );
  });
});

describe('course keys', () => {
  it('parses and formats course-v1 keys', () => {
    expect(parseCourseKey('course-v1:DemoU+DS100+2026')).toEqual({
      org: 'DemoU',
      number: 'DS100',
      run: '2026',
    });
    expect(formatCourseKey({ org: 'edX', number: 'DemoX', run: 'Demo_Course' })).toBe(
      'course-v1:edX+DemoX+Demo_Course',
    );
  });

  it.each([
    ['DemoU/DS100/2026', 'must start with "course-v1:"'],
    ['course-v1:DemoU+DS100', 'it has 2 parts separated by "+", expected 3'],
    ['course-v1:DemoU+DS100+', 'its run part is empty'],
  ])('says what is wrong with %s', (text, expected) => {
    expect(courseKeyProblem(text)).toContain(expected);
  });

  it('returns no problem for a good key', () => {
    expect(courseKeyProblem('course-v1:a+b+c')).toBeNull();
  });
});
