import { createIntl } from 'react-intl';
import { reportIntlError } from '../../shared/intl/intl-errors.ts';
import { describe, expect, it } from 'vitest';
import { countResults, csvFileName, isProblem, reportCsv } from './enrollment-report.ts';
import type { EnrollmentResult } from './enrollments-api.ts';

const english = createIntl({ locale: 'en-GB', defaultLocale: 'en-GB', messages: {} });
const unknownUsername = { id: 'lp.enroll.unknownUsername', values: { username: '=HYPERLINK("x")' } };
const results: EnrollmentResult[] = [
  {
    learner: 'ada',
    result: 'enrolled',
    detail: 'ada is enrolled',
    message: { id: 'lp.enroll.enrolled', values: { username: 'ada' } },
  },
  {
    learner: 'new@example.org',
    result: 'pending',
    detail: 'no account has this email yet; enrolled when one appears',
    message: { id: 'lp.enroll.pending', values: {} },
  },
  {
    learner: '=HYPERLINK("x")',
    result: 'invalid',
    detail: 'no user has the username =HYPERLINK("x")',
    message: unknownUsername,
  },
  {
    learner: 'ada',
    result: 'already_enrolled',
    detail: 'ada is already enrolled',
    message: { id: 'lp.enroll.alreadyEnrolled', values: { username: 'ada' } },
  },
];

describe('enrollment results', () => {
  it('counts every kind, zero included', () => {
    expect(countResults(results)).toEqual({
      enrolled: 1,
      already_enrolled: 1,
      pending: 1,
      invalid: 1,
      duplicate: 0,
    });
    expect(countResults([])).toEqual({
      enrolled: 0,
      already_enrolled: 0,
      pending: 0,
      invalid: 0,
      duplicate: 0,
    });
  });

  it('calls only invalid rows problems', () => {
    expect(results.filter(isProblem).map((result) => result.learner)).toEqual(['=HYPERLINK("x")']);
  });

  it('writes the report in request order, with a header, worded as the results table', () => {
    expect(reportCsv(english, results).split('\r\n')).toEqual([
      'Learner,Result,Detail',
      'ada,Enrolled,ada is enrolled',
      'new@example.org,Pending: no account yet,no account has this email yet; enrolled when one appears',
      `"'=HYPERLINK(""x"")",Invalid,"no user has the username =HYPERLINK(""x"")"`,
      'ada,Already enrolled,ada is already enrolled',
      '',
    ]);
  });

  it("writes the report in the instructor's language, the server's English for a message it does not know", () => {
    const french = createIntl({
      locale: 'fr',
      onError: reportIntlError,
      defaultLocale: 'en-GB',
      messages: {
        'enrollments.column.learner': 'Apprenant',
        'enrollments.column.result': 'Résultat',
        'enrollments.column.detail': 'Détail',
        'enrollments.result.invalid': 'Invalide',
        'lp.enroll.unknownUsername': "aucun utilisateur n'a le nom {username}",
      },
    });
    const invalid = results[2]!;
    const plain = {
      ...invalid,
      learner: 'bob',
      detail: 'a detail from a newer server',
      message: { id: 'lp.enroll.newerThanThisPage', values: {} },
    };
    expect(reportCsv(french, [invalid, plain]).split('\r\n')).toEqual([
      'Apprenant,Résultat,Détail',
      `"'=HYPERLINK(""x"")",Invalide,"aucun utilisateur n'a le nom =HYPERLINK(""x"")"`,
      'bob,Invalide,a detail from a newer server',
      '',
    ]);
  });

  it('names files after the path key, safely', () => {
    expect(csvFileName('path-v1:DemoU+DS+2026+spring', 'learners')).toBe(
      'path-v1_DemoU_DS_2026_spring-learners.csv',
    );
  });
});
