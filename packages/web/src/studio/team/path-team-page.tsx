// Studio's team page of a path: who works on it (its instructors, its organisation's authors and
// instructors), and a way to the team of every path of the organisation.
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router-dom';
import { parsePathKey } from '@learning-paths/core';
import { useApi } from '../../shared/api/use-api.ts';
import { TeamPage } from './team-page.tsx';
import { messages } from './messages.ts';

/** The organisation in a path key; empty for a key that is not one (the API then answers 404). */
function orgOf(key: string): string {
  try {
    return parsePathKey(key).org;
  } catch {
    return '';
  }
}

export function PathTeamPage() {
  const intl = useIntl();
  const { key = '' } = useParams();
  const read = useApi('/api/v1/paths/{key}/team', { params: { key } });
  const path = useApi('/api/v1/paths/{key}', { params: { key } });
  const org = path.data?.org ?? orgOf(key);
  return (
    <TeamPage
      team={{ path: key }}
      title={path.data?.title ?? key}
      subtitle={key}
      org={org}
      read={read}
      notFound={
        <>
          <h1>{intl.formatMessage(messages.notFoundTitle)}</h1>
          <p>{intl.formatMessage(messages.notFoundBody, { key })}</p>
        </>
      }
    >
      {org && (
        <p>
          <Link to={`/organizations/${encodeURIComponent(org)}/team`}>
            {intl.formatMessage(messages.orgLink, { org })}
          </Link>
        </p>
      )}
    </TeamPage>
  );
}
