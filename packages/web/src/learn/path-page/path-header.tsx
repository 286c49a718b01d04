// The top of the path page: picture, organisation, title and subtitle, level, duration and time
// commitment, the learner's overall progress and status in words, the tier reached, and joining.
import { parsePathKey, type PathDefinition } from '@learning-paths/core';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { ProgressBar } from '../../shared/progress/progress-bar.tsx';
import { StatusLabel } from '../../shared/progress/status-label.tsx';
import { CoverImage } from '../cover-image.tsx';
import type { PathPageData } from '../learn-api.ts';
import { messages } from './messages.ts';
import { PathEnrollment } from './path-enrollment.tsx';

function Facts({ definition }: { readonly definition: PathDefinition }) {
  const intl = useIntl();
  const facts: [MessageDescriptor, string][] = [];
  if (definition.level) facts.push([messages.level, intl.formatMessage(messages[definition.level])]);
  if (definition.duration) facts.push([messages.duration, definition.duration]);
  if (definition.timeCommitment) facts.push([messages.timeCommitment, definition.timeCommitment]);
  if (facts.length === 0) return null;
  return (
    <dl className="lp-facts" aria-label={intl.formatMessage(messages.details)}>
      {facts.map(([label, value]) => (
        <div key={String(label.id)}>
          <dt>{intl.formatMessage(label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PathHeader({
  page,
  onChanged,
}: {
  readonly page: PathPageData;
  readonly onChanged: () => void;
}) {
  const intl = useIntl();
  const { definition, evaluation } = page;
  const rootStatus = evaluation.nodes[definition.requirements.id]!.status;
  const currentTier = evaluation.currentTier;
  return (
    <header className="lp-path-header mb-4">
      <CoverImage src={definition.image} className="lp-path-header__image" />
      <div className="lp-path-header__text">
        <p className="lp-path-header__kind small mb-1">
          {intl.formatMessage(messages.kind, { org: parsePathKey(page.key).org })}
        </p>
        <h1 className="mb-1">{definition.title}</h1>
        {definition.subtitle && <p className="lead mb-3">{definition.subtitle}</p>}
        <Facts definition={definition} />
        <div className="lp-path-header__progress">
          <StatusLabel status={rootStatus === 'available' ? 'not_started' : rootStatus} />
          <ProgressBar
            value={evaluation.progress}
            label={intl.formatMessage(messages.overall, { title: definition.title })}
          />
        </div>
        <p className="mb-2">
          {currentTier
            ? intl.formatMessage(messages.currentTier, { tier: page.titles[currentTier] ?? currentTier })
            : intl.formatMessage(messages.noTier)}
        </p>
        <PathEnrollment page={page} onChanged={onChanged} />
      </div>
    </header>
  );
}
