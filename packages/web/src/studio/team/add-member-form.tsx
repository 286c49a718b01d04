// Adds someone to a team by username or email, as an instructor or an author, with the access the
// team offers (this path, or every path of the organisation; an author always the organisation).
// A refusal about the person is said at their field; any other in an alert.
import { useId, useState, type FormEvent } from 'react';
import { Button, Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { ApiError } from '../../shared/api/client.ts';
import { ApiErrorAlert } from '../enrollments/api-error-alert.tsx';
import { useSubmission } from '../enrollments/use-submission.ts';
import { addMember, type Team, type TeamRole } from './team-api.ts';
import { messages, roleMessages } from './messages.ts';
import { grantValues, scopeWords } from './scope-words.ts';

const ROLES: readonly TeamRole[] = ['instructor', 'author'];

export function AddMemberForm({
  team,
  scopes,
  onAdded,
}: {
  readonly team: Team;
  /** The scopes the team's grants are made at, narrowest first. */
  readonly scopes: readonly string[];
  /** Someone was added: what to say. */
  readonly onAdded: (notice: string) => void;
}) {
  const intl = useIntl();
  const headingId = useId();
  const [person, setPerson] = useState('');
  const [role, setRole] = useState<TeamRole>('instructor');
  const [scope, setScope] = useState(scopes[0] ?? '');
  const [empty, setEmpty] = useState(false);
  const { busy, error, run, clearError } = useSubmission();
  // Authors are given an organisation, never a single path.
  const offered = role === 'author' ? scopes.filter((each) => each.startsWith('org:')) : scopes;
  const chosen = offered.includes(scope) ? scope : (offered[0] ?? '');
  const personProblem =
    error instanceof ApiError ? error.problems.find((problem) => problem.pointer === '/person') : undefined;
  const personError = empty ? intl.formatMessage(messages.personMissing) : personProblem?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const named = person.trim();
    setEmpty(named === '');
    if (named === '') {
      clearError();
      return;
    }
    await run(async () => {
      await addMember(team, { person: named, role, scope: chosen });
      setPerson('');
      onAdded(intl.formatMessage(messages.added, { person: named, ...grantValues({ role, scope: chosen }) }));
    });
  };

  return (
    <Form aria-labelledby={headingId} onSubmit={(event: FormEvent) => void submit(event)} noValidate>
      <h2 id={headingId} className="h3">
        {intl.formatMessage(messages.addHeading)}
      </h2>
      <div className="lp-team-fields">
        <Form.Group controlId={`${headingId}-person`} isInvalid={personError !== undefined}>
          <Form.Label>{intl.formatMessage(messages.personField)}</Form.Label>
          <Form.Control
            value={person}
            autoComplete="off"
            maxLength={320}
            aria-invalid={personError !== undefined}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => setPerson(event.target.value)}
          />
          {personError !== undefined ? (
            <Form.Control.Feedback type="invalid">{personError}</Form.Control.Feedback>
          ) : (
            <Form.Control.Feedback>{intl.formatMessage(messages.personHelp)}</Form.Control.Feedback>
          )}
        </Form.Group>
        <Form.Group controlId={`${headingId}-role`}>
          <Form.Label>{intl.formatMessage(messages.roleField)}</Form.Label>
          <Form.Control
            as="select"
            value={role}
            onChange={(event: React.ChangeEvent<HTMLSelectElement>) =>
              setRole(event.target.value as TeamRole)
            }
          >
            {ROLES.map((each) => (
              <option key={each} value={each}>
                {intl.formatMessage(roleMessages[each])}
              </option>
            ))}
          </Form.Control>
        </Form.Group>
        <Form.Group controlId={`${headingId}-scope`}>
          <Form.Label>{intl.formatMessage(messages.scopeField)}</Form.Label>
          <Form.Control
            as="select"
            value={chosen}
            onChange={(event: React.ChangeEvent<HTMLSelectElement>) => setScope(event.target.value)}
          >
            {offered.map((each) => (
              <option key={each} value={each}>
                {scopeWords(intl, each)}
              </option>
            ))}
          </Form.Control>
          {role === 'author' && scopes.length > offered.length && (
            <Form.Control.Feedback>{intl.formatMessage(messages.authorScopeHelp)}</Form.Control.Feedback>
          )}
        </Form.Group>
      </div>
      {error && !personProblem && <ApiErrorAlert error={error} />}
      <Button type="submit" disabled={busy}>
        {intl.formatMessage(busy ? messages.adding : messages.add)}
      </Button>
    </Form>
  );
}
