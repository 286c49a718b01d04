import { describe, expect, it } from 'vitest';
import { countResults, csvCell, csvFileName, isProblem, reportCsv } from './enrollment-report.ts';
import type { EnrollmentResult } from './enrollments-api.ts';

// The report is the server's English details; messages play no part in it.
const enrolled = { id: 'lp.enroll.enrolled', values: { username: 'ada' } };
const results: EnrollmentResult[] = [
  { learner: 'ada', result: 'enrolled', detail: 'ada is enrolled', message: enrolled },
  {
    learner: 'new@example.org',
    result: 'pending',
    detail: 'no account has this email yet',
    message: enrolled,
  },
  {
    learner: '=HYPERLINK("x")',
    result: 'invalid',
    detail: 'no user has the username =HYPERLINK("x")',
    message: enrolled,
  },
  { learner: 'ada', result: 'already_enrolled', detail: 'ada is already enrolled', message: enrolled },
];

describe('enrollment results', () => {
  it('counts every kind, zero included', () => {
    expect(countResults(results)).toEqual({ enrolled: 1, already_enrolled: 1, pending: 1, invalid: 1 });
    expect(countResults([])).toEqual({ enrolled: 0, already_enrolled: 0, pending: 0, invalid: 0 });
  });

  it('calls only invalid rows problems', () => {
    expect(results.filter(isProblem).map((result) => result.learner)).toEqual(['=HYPERLINK("x")']);
  });

  it('neutralises cells a spreadsheet would run, and quotes what CSV needs quoted', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1`)).toMatch(/^"?'/);
    expect(csvCell('-1')).toBe(`'-1`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('\rx')).toBe(`"'\rx"`);
    expect(csvCell('ada@example.org')).toBe('ada@example.org');
  });

  it('writes the report in request order, with a header', () => {
    expect(reportCsv(results).split('\r\n')).toEqual([
      'learner,result,detail',
      'ada,enrolled,ada is enrolled',
      'new@example.org,pending,no account has this email yet',
      `"'=HYPERLINK(""x"")",invalid,"no user has the username =HYPERLINK(""x"")"`,
      'ada,already_enrolled,ada is already enrolled',
      '',
    ]);
  });

  it('names files after the path key, safely', () => {
    expect(csvFileName('path-v1:DemoU+DS+2026+spring', 'learners')).toBe(
      'path-v1_DemoU_DS_2026_spring-learners.csv',
    );
  });
});
