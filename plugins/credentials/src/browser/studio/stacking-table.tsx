// A table of Studio's Learners page as the page's own tables behave: in a labelled region that
// scrolls sideways when it is too wide, and on a phone each row a card whose values carry their
// column's name. Its look is set on the elements: a bundle brings no style sheet (the policy
// refuses inline <style>).
import { useId, type ReactNode } from 'react';
import { usePhoneWidth } from './use-phone-width.ts';

export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => ReactNode;
}

const BORDER = '1px solid var(--pgn-color-light-400, #e1dddb)';
const tableStyle = { inlineSize: '100%', borderCollapse: 'collapse' } as const;
const headStyle = {
  background: 'var(--pgn-color-light-300, #f2f0ef)',
  padding: '0.5rem 0.75rem',
  textAlign: 'start',
  whiteSpace: 'nowrap',
} as const;
const cellStyle = { borderBlockStart: BORDER, padding: '0.5rem 0.75rem', verticalAlign: 'top' } as const;
const cardsStyle = { listStyle: 'none', margin: 0, padding: 0 } as const;
const cardStyle = {
  border: BORDER,
  borderRadius: '0.375rem',
  marginBlockEnd: '0.75rem',
  paddingBlock: '0.25rem',
} as const;
const cardLineStyle = {
  display: 'grid',
  gridTemplateColumns: '6.5rem minmax(0, 1fr)',
  alignItems: 'baseline',
  gap: '0.5rem',
  paddingBlock: '0.125rem',
  paddingInline: '0.75rem',
  overflowWrap: 'anywhere',
} as const;

export function StackingTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  readonly caption: string;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
}) {
  const captionId = useId();
  const phone = usePhoneWidth();
  if (phone)
    return (
      <ul aria-label={caption} style={cardsStyle} className="mb-2">
        {rows.map((row) => (
          <li key={rowKey(row)} style={cardStyle}>
            <dl className="mb-0">
              {columns.map((column) => (
                <div key={column.header} style={cardLineStyle}>
                  <dt>{column.header}</dt>
                  <dd className="mb-0">{column.cell(row)}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    );
  return (
    // Focusable, so that the keyboard scrolls it too.
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="mb-2"
      style={{ overflowX: 'auto' }}
    >
      <table style={tableStyle}>
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" style={headStyle}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td key={column.header} style={cellStyle}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
