// A team's members and the ways to change it: who has access (person, role, scope, since), each
// removable after a question (but oneself, and grants everywhere, which administrators make), and
// the form that adds someone. Every change is said in words, in a live region.
import { useState } from 'react';
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../enrollments/confirm-dialog.tsx';
import { ResponsiveTable } from '../enrollments/responsive-table.tsx';
import { useChangeNotice } from '../enrollments/use-change-notice.tsx';
import { AddMemberForm } from './add-member-form.tsx';
import { removeMember, type Team, type TeamMember, type TeamView } from './team-api.ts';
import { messages, roleMessages } from './messages.ts';
import { grantValues, scopeWords } from './scope-words.ts';

export function TeamSection({
  team,
  view,
  me,
  onChanged,
}: {
  readonly team: Team;
  readonly view: TeamView;
  /** The signed-in user's username: their own roles are not removable here. */
  readonly me: string;
  /** The team changed: read it again. */
  readonly onChanged: () => void;
}) {
  const intl = useIntl();
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const { members } = view;
  const { notice, announce, clear } = useChangeNotice(members);
  const name = (member: TeamMember) => member.displayName ?? member.username;

  return (
    <>
      <section aria-labelledby="team-members" className="lp-section">
        <h2 id="team-members" className="h3">
          {intl.formatMessage(messages.membersHeading)}
        </h2>
        {notice}
        {members.length === 0 ? (
          <p>{intl.formatMessage(messages.noMembers)}</p>
        ) : (
          <ResponsiveTable
            caption={intl.formatMessage(messages.membersTable)}
            rows={members}
            rowKey={(member) => `${member.username}\n${member.role}\n${member.scope}`}
            columns={[
              {
                header: intl.formatMessage(messages.personColumn),
                cell: (member) => (
                  <>
                    <span className="d-block font-weight-bold">
                      {name(member)} {member.username === me && intl.formatMessage(messages.you)}
                    </span>
                    <span className="d-block small text-gray-700 text-break">{member.username}</span>
                    {member.email && (
                      <span className="d-block small text-gray-700 text-break">{member.email}</span>
                    )}
                  </>
                ),
              },
              {
                header: intl.formatMessage(messages.roleColumn),
                cell: (member) => intl.formatMessage(roleMessages[member.role]),
              },
              {
                header: intl.formatMessage(messages.scopeColumn),
                cell: (member) => scopeWords(intl, member.scope),
              },
              {
                header: intl.formatMessage(messages.sinceColumn),
                cell: (member) => intl.formatDate(member.grantedAt, { dateStyle: 'medium' }),
              },
              {
                header: intl.formatMessage(messages.actionsColumn),
                cell: (member) =>
                  member.scope !== '*' &&
                  member.username !== me && (
                    <Button
                      size="sm"
                      variant="outline-danger"
                      aria-label={intl.formatMessage(messages.removeOf, {
                        name: name(member),
                        ...grantValues(member),
                      })}
                      onClick={() => {
                        clear();
                        setRemoving(member);
                      }}
                    >
                      {intl.formatMessage(messages.remove)}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </section>
      <section className="lp-section lp-card">
        <AddMemberForm
          team={team}
          scopes={view.scopes}
          onAdded={(text) => {
            announce(text);
            onChanged();
          }}
        />
      </section>
      {removing && (
        <ConfirmDialog
          title={intl.formatMessage(messages.removeTitle, { name: name(removing) })}
          confirmLabel={intl.formatMessage(messages.remove)}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await removeMember(team, removing);
            announce(
              intl.formatMessage(messages.removed, { name: name(removing), ...grantValues(removing) }),
            );
            setRemoving(null);
            onChanged();
          }}
        >
          <p>{intl.formatMessage(messages.removeBody, { name: name(removing), ...grantValues(removing) })}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
