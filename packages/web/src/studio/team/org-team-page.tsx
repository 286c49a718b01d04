// Studio's team page of an organisation: who works on every one of its paths, as authors and
// instructors.
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { useApi } from '../../shared/api/use-api.ts';
import { ApiErrorAlert } from '../enrollments/api-error-alert.tsx';
import { TeamPage } from './team-page.tsx';
import { messages } from './messages.ts';

export function OrgTeamPage() {
  const intl = useIntl();
  const { org = '' } = useParams();
  const read = useApi('/api/v1/organizations/{org}/team', { params: { org } });
  return (
    <TeamPage
      team={{ org }}
      title={intl.formatMessage(messages.orgTitle, { org })}
      org={org}
      read={read}
      notFound={read.error && <ApiErrorAlert error={read.error} />}
    >
      <p>{intl.formatMessage(messages.orgHelp, { org })}</p>
    </TeamPage>
  );
}
