// How many learners the path has, at each status and at each tier (the current, highest one), and
// how many can no longer complete it.
import { useIntl } from 'react-intl';
import type { ProgressSummary as Summary } from './enrollments-api.ts';
import { STATUSES } from './learner-query.ts';
import type { TierOption } from './path-tiers.ts';
import { messages, statusMessages } from './messages.ts';

function Stat({ label, count }: { readonly label: string; readonly count: number }) {
  const intl = useIntl();
  return (
    <div className="lp-stat">
      <dt>{label}</dt>
      <dd>{intl.formatNumber(count)}</dd>
    </div>
  );
}

export function ProgressSummary({
  summary,
  tiers,
}: {
  readonly summary: Summary;
  readonly tiers: readonly TierOption[];
}) {
  const intl = useIntl();
  return (
    <section aria-labelledby="summary-heading" className="mb-4">
      <h2 id="summary-heading" className="h3">
        {intl.formatMessage(messages.summaryHeading)}
      </h2>
      <h3 className="h5 mt-3">{intl.formatMessage(messages.byStatus)}</h3>
      <dl className="lp-stats">
        <Stat label={intl.formatMessage(messages.enrolledCount)} count={summary.enrolled} />
        {STATUSES.map((status) => (
          <Stat
            key={status}
            label={intl.formatMessage(statusMessages[status])}
            count={summary.byStatus[status] ?? 0}
          />
        ))}
        <Stat label={intl.formatMessage(messages.cannotComplete)} count={summary.cannotComplete} />
      </dl>
      <h3 className="h5 mt-3">{intl.formatMessage(messages.byTier)}</h3>
      <dl className="lp-stats lp-stats-wide">
        {tiers.map((tier) => (
          <Stat key={tier.id} label={tier.title} count={summary.byTier[tier.id] ?? 0} />
        ))}
        <Stat label={intl.formatMessage(messages.noTier)} count={summary.byTier.none ?? 0} />
      </dl>
    </section>
  );
}
