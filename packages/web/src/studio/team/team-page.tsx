// The frame of a team page, a path's or an organisation's: a way back, the title, what the roles
// may do, and the team; "not found" when the user may not know the path, and "only authors" when
// they may see it but not its team, as the API answers (404, 403).
import { useEffect, type ReactNode } from 'react';
import { Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { ApiError } from '../../shared/api/client.ts';
import type { ApiRead } from '../../shared/api/use-api.ts';
import { useSession } from '../../shared/auth/session.tsx';
import { ApiErrorAlert } from '../enrollments/api-error-alert.tsx';
import type { Team, TeamView } from './team-api.ts';
import { TeamSection } from './team-section.tsx';
import { messages } from './messages.ts';
import '../enrollments/enrollments.css';
import './team.css';

export function TeamPage({
  team,
  title,
  subtitle,
  org,
  read,
  notFound,
  children,
}: {
  readonly team: Team;
  readonly title: string;
  /** Under the title: the path's key, or nothing. */
  readonly subtitle?: string;
  /** The organisation whose authors manage the team (while the path loads, its key's). */
  readonly org: string;
  readonly read: ApiRead<TeamView>;
  /** What to say when the API answers 404. */
  readonly notFound: ReactNode;
  /** Under the roles' explanation: what else to know or where else to go. */
  readonly children?: ReactNode;
}) {
  const intl = useIntl();
  const { user } = useSession();
  useEffect(() => {
    document.title = intl.formatMessage(messages.documentTitle, { title });
  }, [intl, title]);
  const back = (
    <Link to="/" className="d-inline-block mb-2">
      {intl.formatMessage(messages.backToPaths)}
    </Link>
  );
  const status = read.error instanceof ApiError ? read.error.status : null;
  if (status === 404)
    return (
      <>
        {back}
        {notFound}
      </>
    );
  if (status === 403)
    return (
      <>
        {back}
        <h1>{intl.formatMessage(messages.forbiddenTitle)}</h1>
        <p>{intl.formatMessage(messages.forbiddenBody, { org, what: title })}</p>
      </>
    );
  return (
    <>
      {back}
      <h1 className="mb-1">
        <span className="d-block h5 mb-1">{intl.formatMessage(messages.pageTitle)}</span>
        {title}
      </h1>
      {subtitle && <p className="small text-gray-700 text-break">{subtitle}</p>}
      <p>{intl.formatMessage(messages.rolesHelp)}</p>
      {children}
      {read.error && <ApiErrorAlert error={read.error} />}
      {read.data ? (
        <TeamSection team={team} view={read.data} me={user.username} onChanged={read.reload} />
      ) : (
        !read.error && (
          <div className="py-5 text-center">
            <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
          </div>
        )
      )}
    </>
  );
}
