// @vitest-environment jsdom
import type { ReactElement } from 'react';
import { afterEach, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { reportIntlError } from '../shared/intl/intl-errors.ts';
import { validatePath, type PathDefinition } from '@learning-paths/core';
import example from '../../../../examples/data-science/path.json' with { type: 'json' };
import { ApiError } from '../shared/api/client.ts';
import { ProblemSummary } from './editor/validation/problem-summary.tsx';
import { ApiErrorAlert } from './enrollments/api-error-alert.tsx';

afterEach(cleanup);

/** An author reading French: the problems' messages come from the translation. */
function renderInFrench(element: ReactElement) {
  const messages = {
    'lp.problem.empty': '{field} ne doit pas être vide',
    'lp.problem.unknownReference.guess': '« {reference} » ne nomme rien (vouliez-vous dire « {guess} » ?)',
  };
  return render(
    <IntlProvider locale="fr" defaultLocale="en-GB" messages={messages} onError={reportIntlError}>
      {element}
    </IntlProvider>,
  );
}

const [foundation, ...tiers] = example.tiers;
const definition = {
  ...example,
  title: '',
  tiers: [{ ...foundation, requires: ['intor'] }, ...tiers],
} as unknown as PathDefinition;
const problems = validatePath(definition).errors;

it('lists the editor’s problems in the author’s language', () => {
  renderInFrench(<ProblemSummary definition={definition} problems={problems} onShow={() => {}} />);
  expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Tiers: « intor » ne nomme rien (vouliez-vous dire « intro » ?) Show',
    'Details: title ne doit pas être vide Show',
  ]);
});

it('lists the problems of a refused request in the author’s language, after the server’s detail', () => {
  const refused = JSON.parse(JSON.stringify(problems)) as typeof problems;
  renderInFrench(<ApiErrorAlert error={new ApiError(422, 'the path definition is not valid', refused)} />);
  expect(screen.getByRole('alert').textContent).toBe(
    'the path definition is not valid' +
      '/tiers/0/requires/0 « intor » ne nomme rien (vouliez-vous dire « intro » ?)' +
      '/title title ne doit pas être vide',
  );
});
