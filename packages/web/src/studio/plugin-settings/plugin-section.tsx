// One loaded plugin on the Plugins page: its id, version and plugin-API versions, then its settings
// form once they are read.
import { useId } from 'react';
import { Alert, Button, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useApi } from '../../shared/api/use-api.ts';
import { PluginSettingsForm } from './plugin-settings-form.tsx';
import { messages } from './messages.ts';

export interface LoadedPlugin {
  readonly id: string;
  readonly version: string;
  readonly apiVersions: readonly number[];
}

export function PluginSection({ plugin }: { readonly plugin: LoadedPlugin }) {
  const intl = useIntl();
  const headingId = useId();
  const { data, error, reload } = useApi('/api/v1/plugin-settings/{id}', { params: { id: plugin.id } });
  return (
    <section aria-labelledby={headingId} className="plugin-settings-section">
      <h2 id={headingId} className="h3 mb-1">
        {plugin.id}
      </h2>
      <p className="small text-gray-700">
        {intl.formatMessage(messages.pluginFacts, {
          version: plugin.version,
          count: plugin.apiVersions.length,
          apiVersions: intl.formatList(plugin.apiVersions.map(String), { type: 'unit' }),
        })}
      </p>
      {error ? (
        <Alert variant="danger" role="alert">
          <p>{intl.formatMessage(messages.settingsLoadFailed, { id: plugin.id, error: error.message })}</p>
          <Button variant="outline-primary" size="sm" onClick={reload}>
            {intl.formatMessage(messages.tryAgain)}
          </Button>
        </Alert>
      ) : data ? (
        <PluginSettingsForm initial={data} />
      ) : (
        <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loadingSettings)} />
      )}
    </section>
  );
}
