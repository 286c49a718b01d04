// The History section: every published version, newest first, with who published it when and
// what changed from the version before; above them, what the draft changes. A version can be
// downloaded, or copied into the editor to start again from it.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { apiCall } from '../../../shared/api/api-call.ts';
import type { Answer } from '../../../shared/api/types.ts';
import { definitionFileName, downloadJson } from '../download.ts';
import { useEditor } from '../editor-context.tsx';
import { sameDefinition } from '../state/same-definition.ts';
import { ChangeList } from './change-list.tsx';
import { messages } from './messages.ts';

type Versions = Answer<'/api/v1/paths/{key}/versions', 'get'>;

type Loaded =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'done'; readonly items: Versions['items'] };

function VersionList({
  pathKey,
  publishedVersion,
}: {
  readonly pathKey: string;
  readonly publishedVersion: number | null;
}) {
  const intl = useIntl();
  const { definition: draft, edit, announce } = useEditor();
  const [versions, setVersions] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    apiCall('/api/v1/paths/{key}/versions', 'get', { params: { key: pathKey }, signal: controller.signal })
      .then((answer) => setVersions({ status: 'done', items: answer.items }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setVersions({ status: 'failed', error: (error as Error).message });
      });
    return () => controller.abort();
  }, [pathKey, publishedVersion]);

  if (versions.status === 'loading')
    return <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />;
  if (versions.status === 'failed')
    return <Alert variant="danger">{intl.formatMessage(messages.failed, { error: versions.error })}</Alert>;
  const [latest] = versions.items;
  if (!latest) return <p>{intl.formatMessage(messages.none)}</p>;
  const restore = (definition: PathDefinition, version: number) => {
    edit(() => definition);
    announce(intl.formatMessage(messages.restored, { version }));
  };
  return (
    <>
      {sameDefinition(latest.definition, draft) ? (
        <p>{intl.formatMessage(messages.noDraftChanges, { version: latest.version })}</p>
      ) : (
        <Card className="mb-3">
          <Card.Section>
            <h3 className="h4">{intl.formatMessage(messages.draftChanges, { version: latest.version })}</h3>
            <ChangeList before={latest.definition as PathDefinition} after={draft} />
          </Card.Section>
        </Card>
      )}
      <ol className="list-unstyled">
        {versions.items.map((version, index) => {
          const previous = versions.items[index + 1];
          const definition = version.definition as PathDefinition;
          return (
            <Card as="li" key={version.version} className="mb-3">
              <Card.Section>
                <h3 className="h4">{intl.formatMessage(messages.version, { version: version.version })}</h3>
                <p className="small text-gray-700">
                  {intl.formatMessage(messages.published, {
                    date: intl.formatDate(version.publishedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                    user: version.publishedBy ?? intl.formatMessage(messages.someone),
                  })}
                </p>
                {previous ? (
                  <ChangeList before={previous.definition as PathDefinition} after={definition} />
                ) : (
                  <p className="small">{intl.formatMessage(messages.first)}</p>
                )}
                <div className="button-row">
                  <Button
                    size="sm"
                    variant="outline-primary"
                    onClick={() =>
                      downloadJson(definitionFileName(pathKey, `v${version.version}`), definition)
                    }
                  >
                    {intl.formatMessage(messages.export, { version: version.version })}
                  </Button>
                  <Button size="sm" variant="tertiary" onClick={() => restore(definition, version.version)}>
                    {intl.formatMessage(messages.restore, { version: version.version })}
                  </Button>
                </div>
              </Card.Section>
            </Card>
          );
        })}
      </ol>
    </>
  );
}

export function VersionHistory({
  pathKey,
  publishedVersion,
}: {
  /** The saved path's key; null before the first save. */
  readonly pathKey: string | null;
  /** The latest version: the list is read again when it changes. */
  readonly publishedVersion: number | null;
}) {
  const intl = useIntl();
  return (
    <>
      <h2 className="h3">{intl.formatMessage(messages.heading)}</h2>
      {pathKey === null ? (
        <p>{intl.formatMessage(messages.unsaved)}</p>
      ) : (
        <VersionList pathKey={pathKey} publishedVersion={publishedVersion} />
      )}
    </>
  );
}
