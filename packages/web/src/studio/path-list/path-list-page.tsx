// Studio's path list: search, filters by organisation and status, paging, and the ways to get a
// path: create, import, duplicate; archive (after saying what it does) and restore from each row.
import { useCallback, useState } from 'react';
import { Alert, Button, Icon, Spinner } from '@openedx/paragon';
import { Add, Upload } from '../editor/icons.ts';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router-dom';
import { apiCall } from '../../shared/api/api-call.ts';
import { useSession } from '../../shared/auth/session.tsx';
import { ConfirmDialog } from '../../shared/layout/confirm-dialog.tsx';
import { DuplicateDialog } from './duplicate-dialog.tsx';
import { ImportDialog } from './import-dialog.tsx';
import { PAGE_SIZE, readQuery, writeQuery, type ListQuery } from './list-query.ts';
import { canAuthor, grantedOrganisations } from './grants.ts';
import { PathFilters } from './path-filters.tsx';
import { PathRows } from './path-rows.tsx';
import { errorWords } from '../../shared/api/error-words.ts';
import { usePathList, type PathSummary } from './use-path-list.ts';
import { messages } from './messages.ts';
import './path-list.css';

type Notice = { readonly variant: 'success' | 'danger'; readonly text: string };

export function PathListPage() {
  const intl = useIntl();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const setQuery = useCallback((next: ListQuery) => setParams(writeQuery(next)), [setParams]);
  const { list, refresh } = usePathList(query);
  const [duplicating, setDuplicating] = useState<PathSummary | null>(null);
  const [importing, setImporting] = useState(false);
  const [archiving, setArchiving] = useState<PathSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [seenOrgs, setSeenOrgs] = useState<ReadonlySet<string>>(new Set());
  const items = list.status === 'done' ? list.page.items : [];
  if (items.some((path) => !seenOrgs.has(path.org)))
    setSeenOrgs(new Set([...seenOrgs, ...items.map((path) => path.org)]));
  const organisations = [
    ...new Set([
      ...grantedOrganisations(user.roles, ['author', 'instructor']),
      ...seenOrgs,
      ...(query.org ? [query.org] : []),
    ]),
  ].sort();

  const archive = async (path: PathSummary, archived: boolean) => {
    setNotice(null);
    setBusy(true);
    try {
      await apiCall(archived ? '/api/v1/paths/{key}/archive' : '/api/v1/paths/{key}/restore', 'post', {
        params: { key: path.key },
      });
      setNotice({
        variant: 'success',
        text: intl.formatMessage(archived ? messages.wasArchived : messages.wasRestored, {
          title: path.title,
        }),
      });
      refresh();
    } catch (error) {
      setNotice({
        variant: 'danger',
        text: intl.formatMessage(messages.actionFailed, {
          title: path.title,
          error: (error as Error).message,
        }),
      });
    }
    setBusy(false);
    setArchiving(null);
  };

  return (
    <>
      <div className="path-list-header">
        <h1 className="mb-0">{intl.formatMessage(messages.heading)}</h1>
        {canAuthor(user) && (
          <div className="path-list-actions">
            <Link to="/paths/new" className="btn btn-primary">
              <Icon src={Add} className="d-inline-block mr-1" /> {intl.formatMessage(messages.newPath)}
            </Link>
            <Button variant="outline-primary" iconBefore={Upload} onClick={() => setImporting(true)}>
              {intl.formatMessage(messages.import)}
            </Button>
          </div>
        )}
      </div>
      <PathFilters query={query} organisations={organisations} onChange={setQuery} />
      {notice && (
        <Alert
          variant={notice.variant}
          role={notice.variant === 'danger' ? 'alert' : 'status'}
          dismissible
          onClose={() => setNotice(null)}
        >
          {notice.text}
        </Alert>
      )}
      {list.status === 'loading' && (
        <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />
      )}
      {list.status === 'failed' && (
        <Alert variant="danger" role="alert">
          {intl.formatMessage(messages.loadFailed, { error: errorWords(intl, list.error) })}
        </Alert>
      )}
      {list.status === 'done' && (
        <>
          <p className="small text-gray-700" role="status">
            {list.page.total === 0 && !query.search && !query.org && !query.status
              ? intl.formatMessage(messages.empty)
              : intl.formatMessage(messages.count, {
                  total: list.page.total,
                  from: list.page.offset + 1,
                  to: list.page.offset + items.length,
                })}
          </p>
          <PathRows
            paths={items}
            mayAuthor={(path) => canAuthor(user, path.org)}
            onDuplicate={setDuplicating}
            // Archiving asks first; restoring, which takes nothing away, does not.
            onArchive={(path, archived) => (archived ? setArchiving(path) : void archive(path, false))}
          />
          {list.page.total > PAGE_SIZE && (
            <nav aria-label={intl.formatMessage(messages.pages)} className="path-list-actions">
              <Button
                variant="outline-primary"
                size="sm"
                disabled={query.page === 0}
                onClick={() => setQuery({ ...query, page: query.page - 1 })}
              >
                {intl.formatMessage(messages.previous)}
              </Button>
              <Button
                variant="outline-primary"
                size="sm"
                disabled={(query.page + 1) * PAGE_SIZE >= list.page.total}
                onClick={() => setQuery({ ...query, page: query.page + 1 })}
              >
                {intl.formatMessage(messages.next)}
              </Button>
            </nav>
          )}
        </>
      )}
      {duplicating && <DuplicateDialog path={duplicating} onClose={() => setDuplicating(null)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      <ConfirmDialog
        isOpen={archiving !== null}
        title={intl.formatMessage(messages.archiveTitle, { title: archiving?.title ?? '' })}
        confirmLabel={intl.formatMessage(messages.archiveConfirm)}
        cancelLabel={intl.formatMessage(messages.cancel)}
        busy={busy}
        onConfirm={() => archiving && void archive(archiving, true)}
        onCancel={() => setArchiving(null)}
      >
        <p>{intl.formatMessage(messages.archiveText)}</p>
        <p className="mb-0">{intl.formatMessage(messages.archiveRestore)}</p>
      </ConfirmDialog>
    </>
  );
}
