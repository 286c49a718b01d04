// The paths of the current page, one card each: title (to the editor), key, status, version,
// visibility, last change, and the actions on it (learners, team, duplicate, archive or restore).
import { Badge, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { PathSummary } from './use-path-list.ts';
import { messages } from './messages.ts';
import { messages as teamMessages } from '../team/messages.ts';

const STATUS_VARIANT = { draft: 'warning', published: 'success', archived: 'dark' } as const;

export function PathRows({
  paths,
  mayAuthor,
  onDuplicate,
  onArchive,
}: {
  /** Whether the user may duplicate and archive a path (else those buttons are not offered). */
  readonly mayAuthor: (path: PathSummary) => boolean;
  readonly paths: readonly PathSummary[];
  readonly onDuplicate: (path: PathSummary) => void;
  readonly onArchive: (path: PathSummary, archive: boolean) => void;
}) {
  const intl = useIntl();
  return (
    <ul className="list-unstyled path-rows">
      {paths.map((path) => {
        const editor = `/paths/${encodeURIComponent(path.key)}`;
        const archived = path.status === 'archived';
        return (
          <li key={path.key} className="path-row">
            <div className="path-row-main">
              <h2 className="h4 mb-1">
                <Link to={editor}>{path.title}</Link>
              </h2>
              <div className="small text-gray-700 path-row-key">{path.key}</div>
              <div className="small">
                <Badge variant={STATUS_VARIANT[path.status]}>
                  {intl.formatMessage(messages[path.status])}
                </Badge>{' '}
                {path.version !== null &&
                  `${intl.formatMessage(messages.version, { version: path.version })} · `}
                {intl.formatMessage(path.visibility === 'public' ? messages.public : messages.inviteOnly)}
                {' · '}
                {intl.formatMessage(messages.updated, {
                  date: intl.formatDate(path.updatedAt, { dateStyle: 'medium' }),
                })}
              </div>
            </div>
            <div className="path-row-actions">
              <Link
                to={`${editor}/learners`}
                className="btn btn-tertiary btn-sm"
                aria-label={intl.formatMessage(messages.learnersOf, { title: path.title })}
              >
                {intl.formatMessage(messages.learners)}
              </Link>
              {mayAuthor(path) && (
                <>
                  <Link
                    to={`${editor}/team`}
                    className="btn btn-tertiary btn-sm"
                    aria-label={intl.formatMessage(teamMessages.linkOf, { title: path.title })}
                  >
                    {intl.formatMessage(teamMessages.linkLabel)}
                  </Link>
                  <Button
                    size="sm"
                    variant="tertiary"
                    aria-label={intl.formatMessage(messages.duplicateOf, { title: path.title })}
                    onClick={() => onDuplicate(path)}
                  >
                    {intl.formatMessage(messages.duplicate)}
                  </Button>
                  <Button
                    size="sm"
                    variant="tertiary"
                    aria-label={intl.formatMessage(archived ? messages.restoreOf : messages.archiveOf, {
                      title: path.title,
                    })}
                    onClick={() => onArchive(path, !archived)}
                  >
                    {intl.formatMessage(archived ? messages.restore : messages.archive)}
                  </Button>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
