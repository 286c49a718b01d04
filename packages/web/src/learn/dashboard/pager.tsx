// Moving between pages of results: previous and next, with where one is in words.
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';

export function Pager({
  page,
  pages,
  onPage,
}: {
  /** From 0. */
  readonly page: number;
  readonly pages: number;
  readonly onPage: (page: number) => void;
}) {
  const intl = useIntl();
  if (pages <= 1) return null;
  return (
    <nav aria-label={intl.formatMessage(messages.pagination)} className="lp-pager">
      <Button variant="outline-primary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {intl.formatMessage(messages.previous)}
      </Button>
      <span>{intl.formatMessage(messages.pageOf, { page: page + 1, pages })}</span>
      <Button variant="outline-primary" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {intl.formatMessage(messages.next)}
      </Button>
    </nav>
  );
}
