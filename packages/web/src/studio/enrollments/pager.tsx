// Previous and next pages of a list, with which rows are shown out of how many.
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';

export function Pager({
  label,
  total,
  limit,
  offset,
  onChange,
}: {
  readonly label: string;
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly onChange: (offset: number) => void;
}) {
  const intl = useIntl();
  if (total === 0) return null;
  return (
    <nav aria-label={label} className="lp-row mt-2">
      <span className="small mr-auto">
        {intl.formatMessage(messages.range, {
          first: offset + 1,
          last: Math.min(offset + limit, total),
          total,
        })}
      </span>
      {total > limit && (
        <>
          <Button
            variant="outline-primary"
            size="sm"
            disabled={offset === 0}
            onClick={() => onChange(Math.max(0, offset - limit))}
          >
            {intl.formatMessage(messages.previousPage)}
          </Button>
          <Button
            variant="outline-primary"
            size="sm"
            disabled={offset + limit >= total}
            onClick={() => onChange(offset + limit)}
          >
            {intl.formatMessage(messages.nextPage)}
          </Button>
        </>
      )}
    </nav>
  );
}
