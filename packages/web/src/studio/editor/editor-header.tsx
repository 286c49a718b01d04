// The top of the editor: a way back to the list, the path's title and where it stands (saved or
// not, published or not), focused when the editor opens, and the actions: save the draft,
// publish, import a file, export, its learners.
import { useEffect, useRef } from 'react';
import { Badge, Button } from '@openedx/paragon';
import { Download, Upload } from './icons.ts';
import { messages as importMessages } from './import/messages.ts';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { PathDefinition } from '@learning-paths/core';
import { sameDefinition } from './state/same-definition.ts';
import type { PathView } from './use-path-document.ts';
import { messages } from './messages.ts';

export function EditorHeader({
  definition,
  view,
  dirty,
  busy,
  readOnly,
  onSave,
  onPublish,
  onExport,
  onImport,
}: {
  readonly definition: PathDefinition;
  readonly view: PathView | null;
  readonly dirty: boolean;
  readonly busy: boolean;
  /** The user may not change this path: no save or publish. */
  readonly readOnly: boolean;
  readonly onSave: () => void;
  readonly onPublish: () => void;
  readonly onExport: () => void;
  readonly onImport: () => void;
}) {
  const intl = useIntl();
  const heading = useRef<HTMLHeadingElement>(null);
  // A page of its own: screen readers start at its title, as after a page load.
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const status: string[] = [];
  if (view === null) status.push(intl.formatMessage(messages.notSaved));
  else {
    status.push(intl.formatMessage(dirty ? messages.unsaved : messages.allSaved));
    if (view.status === 'archived') status.push(intl.formatMessage(messages.archived));
    if (view.version === null) status.push(intl.formatMessage(messages.neverPublished));
    else {
      status.push(intl.formatMessage(messages.publishedVersion, { version: view.version }));
      if (!sameDefinition(view.draft, view.definition)) status.push(intl.formatMessage(messages.draftAhead));
    }
  }
  const learners = view ? `/paths/${encodeURIComponent(view.key)}/learners` : null;
  return (
    <header className="editor-header">
      <div className="editor-title">
        <Link to="/" className="small">
          {intl.formatMessage(messages.allPaths)}
        </Link>
        <h1 className="h2 mb-1" tabIndex={-1} ref={heading}>
          {definition.title || intl.formatMessage(view ? messages.untitled : messages.newPath)}
        </h1>
        <p className="small mb-0" role="status">
          {dirty && <Badge variant="warning">{intl.formatMessage(messages.unsaved)}</Badge>}{' '}
          {status.filter((text) => !dirty || text !== intl.formatMessage(messages.unsaved)).join(' · ')}
        </p>
      </div>
      <div className="editor-actions">
        {!readOnly && (
          <>
            <Button onClick={onSave} disabled={busy}>
              {intl.formatMessage(busy ? messages.saving : messages.save)}
            </Button>
            <Button
              variant="outline-primary"
              onClick={onPublish}
              disabled={busy || view?.status === 'archived'}
            >
              {intl.formatMessage(messages.publish)}
            </Button>
            <Button variant="tertiary" iconBefore={Upload} onClick={onImport} disabled={busy}>
              {intl.formatMessage(importMessages.action)}
            </Button>
          </>
        )}
        <Button variant="tertiary" iconBefore={Download} onClick={onExport}>
          {intl.formatMessage(messages.export)}
        </Button>
        {learners && (
          <Link to={learners} className="btn btn-tertiary">
            {intl.formatMessage(messages.learners)}
          </Link>
        )}
      </div>
    </header>
  );
}
