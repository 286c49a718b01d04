// Studio's Plugins page, for administrators: each loaded plugin with its settings form, or a
// sentence saying how to load one. Anyone else is told the page is for administrators (the
// settings routes answer them 404), and nothing is read.
import { Alert, Button, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useApi } from '../../shared/api/use-api.ts';
import { errorWords } from '../../shared/api/error-words.ts';
import { useSession } from '../../shared/auth/session.tsx';
import { PluginSection } from './plugin-section.tsx';
import { messages } from './messages.ts';
import './plugin-settings.css';

export function PluginSettingsPage() {
  const intl = useIntl();
  const { user } = useSession();
  return (
    <>
      <h1>{intl.formatMessage(messages.heading)}</h1>
      {user.isAdmin ? <PluginList /> : <p>{intl.formatMessage(messages.adminsOnly)}</p>}
    </>
  );
}

function PluginList() {
  const intl = useIntl();
  const { data, error, reload } = useApi('/api/v1/plugins', {});
  if (error)
    return (
      <Alert variant="danger" role="alert">
        <p>{intl.formatMessage(messages.loadFailed, { error: errorWords(intl, error) })}</p>
        <Button variant="outline-primary" size="sm" onClick={reload}>
          {intl.formatMessage(messages.tryAgain)}
        </Button>
      </Alert>
    );
  if (!data) return <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />;
  if (data.plugins.length === 0) return <p>{intl.formatMessage(messages.noPlugins)}</p>;
  return (
    <>
      <p>{intl.formatMessage(messages.intro)}</p>
      {data.plugins.map((plugin) => (
        <PluginSection key={plugin.id} plugin={plugin} />
      ))}
    </>
  );
}
