// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { reportIntlError } from '../../../shared/intl/intl-errors.ts';
import type { PathDefinition } from '@learning-paths/core';
import example from '../../../../../../examples/data-science/path.json' with { type: 'json' };
import { WhatIfPanel, type WhatIf } from './what-if-panel.tsx';

afterEach(cleanup);

function Harness({
  definition,
  valid = true,
  translations = {},
}: {
  readonly definition: PathDefinition;
  readonly valid?: boolean;
  readonly translations?: Record<string, string>;
}) {
  const [whatIf, setWhatIf] = useState<WhatIf>({ results: {}, date: '2026-04-10' });
  return (
    <IntlProvider locale="en-GB" defaultLocale="en-GB" messages={translations} onError={reportIntlError}>
      <WhatIfPanel definition={definition} valid={valid} whatIf={whatIf} onChange={setWhatIf} />
    </IntlProvider>
  );
}

const group = (name: string) => screen.getByRole('group', { name: new RegExp(`^${name}`) });

it('evaluates the imaginary learner live with core: locks and why, tiers, what is left', () => {
  render(<Harness definition={example as PathDefinition} />);
  expect(screen.getByText('Path progress: 0% · No tier reached yet')).toBeTruthy();
  expect(screen.getByText('Unlocks after Core and Electives; opens on 1 May 2026')).toBeTruthy();

  fireEvent.change(
    within(group('Introduction to Data Science')).getByRole('spinbutton', { name: 'Completion (%)' }),
    {
      target: { value: '80' },
    },
  );
  fireEvent.click(screen.getByRole('button', { name: 'Give full marks in Statistics' }));
  fireEvent.change(within(group('Machine Learning')).getByRole('spinbutton', { name: 'Grade (%)' }), {
    target: { value: '62' },
  });
  expect(within(group('Machine Learning')).getByText('In progress')).toBeTruthy();
  expect(screen.getByText('Reach a grade of 70% in Machine Learning (now 62%)')).toBeTruthy();
  fireEvent.change(within(group('Machine Learning')).getByRole('spinbutton', { name: 'Grade (%)' }), {
    target: { value: '70' },
  });
  expect(screen.getByText(/Current tier: Foundation Certificate/)).toBeTruthy();
  expect(screen.getByText('Unlocks after Electives; opens on 1 May 2026')).toBeTruthy();

  fireEvent.change(screen.getByLabelText('Date of the preview'), { target: { value: '2026-05-01' } });
  expect(screen.getByText('Unlocks after Electives')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Clear all results' }));
  expect(screen.getByText('Path progress: 0% · No tier reached yet')).toBeTruthy();
});

it('asks for a valid path first', () => {
  render(<Harness definition={example as PathDefinition} valid={false} />);
  expect(
    screen.getByText('The preview needs a valid path: fix the problems listed above first.'),
  ).toBeTruthy();
});

it('words the locks and what is left with the engine’s messages, in the author’s language', () => {
  render(
    <Harness
      definition={example as PathDefinition}
      translations={{
        'lp.lock.after.opens': 'Débloqué après {titles}, ouvre le {date}',
        'lp.criterion.completion.explain': 'Terminer {minimum, number, percent} de {title}',
      }}
    />,
  );
  expect(screen.getByText('Débloqué après Core and Electives, ouvre le 1 May 2026')).toBeTruthy();
  const remaining = screen.getByRole('heading', { name: 'What is left' }).nextElementSibling!;
  expect(
    within(remaining as HTMLElement).getByText('Terminer 80% de Introduction to Data Science'),
  ).toBeTruthy();
  // A part that opens later is named with its reason and date, not left out.
  expect(
    within(remaining as HTMLElement).getByText(
      'Capstone Project: Débloqué après Core and Electives, ouvre le 1 May 2026',
    ),
  ).toBeTruthy();
});
