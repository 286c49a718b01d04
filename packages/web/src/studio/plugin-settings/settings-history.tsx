// The latest changes of a plugin's settings made in Studio, newest first: the names changed (never
// the values), who changed them and when, in the reader's time zone.
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';

export interface SettingsChange {
  readonly changed: readonly string[];
  readonly actor: string;
  readonly at: string;
}

export function SettingsHistory({
  headingId,
  history,
}: {
  readonly headingId: string;
  readonly history: readonly SettingsChange[];
}) {
  const intl = useIntl();
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="h5">
        {intl.formatMessage(messages.historyHeading)}
      </h3>
      {history.length === 0 ? (
        <p className="small text-gray-700 mb-0">{intl.formatMessage(messages.noHistory)}</p>
      ) : (
        <ul className="small mb-0">
          {history.map(({ changed, actor, at }) => {
            const date = (
              <time dateTime={at}>
                {intl.formatDate(at, {
                  day: 'numeric',
                  month: 'short',
                  year: 'numeric',
                  hour: '2-digit',
                  minute: '2-digit',
                  hourCycle: 'h23',
                })}
              </time>
            );
            return (
              <li key={`${at}\n${actor}\n${changed.join()}`}>
                {changed.length === 0
                  ? intl.formatMessage(messages.changedNothing, { actor, date })
                  : intl.formatMessage(messages.changed, {
                      names: intl.formatList(changed, { type: 'conjunction' }),
                      actor,
                      date,
                    })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
