// One item of "My Learning" as a card: picture, kind and organisation, title (a link to the path
// page, or to the course in the LMS), whether a path is archived, status in words, progress, whether a path can still be
// completed, the next step that can be taken now (or when the next opens) or the tier reached, the
// grade and the paths a course belongs to, and its dates.
import { Badge } from '@openedx/paragon';
import { Link } from 'react-router-dom';
import { percent } from '@learning-paths/core';
import { useIntl } from 'react-intl';
import { ProgressBar } from '../../shared/progress/progress-bar.tsx';
import { StatusLabel } from '../../shared/progress/status-label.tsx';
import { formatUtcDay } from '../../shared/intl/utc-dates.ts';
import { CourseDates } from '../../shared/path-view/course-dates.tsx';
import { CoverImage } from '../cover-image.tsx';
import { Route, School } from '../../shared/progress/icons.ts';
import { pathPageRoute, type LearningItem } from '../learn-api.ts';
import { messages } from './messages.ts';

function NextStep({ next }: { readonly next: NonNullable<LearningItem['next']> }) {
  const intl = useIntl();
  const [first, ...others] = next;
  if (!first) return null;
  const title =
    others.length === 0
      ? first.title
      : intl.formatMessage(messages.moreNext, { title: first.title, count: others.length });
  return <p className="mb-1">{intl.formatMessage(messages.nextStep, { title })}</p>;
}

function CardTitle({ item }: { readonly item: LearningItem }) {
  if (item.type === 'path') return <Link to={pathPageRoute(item.key)}>{item.title}</Link>;
  if (item.launchUrl) return <a href={item.launchUrl}>{item.title}</a>;
  return <>{item.title}</>;
}

export function LearningCard({ item }: { readonly item: LearningItem }) {
  const intl = useIntl();
  return (
    <article className="lp-card">
      <CoverImage src={item.image} icon={item.type === 'path' ? Route : School} className="lp-card__image" />
      <div className="lp-card__body">
        <p className="lp-card__kind small mb-1">
          {intl.formatMessage(item.type === 'path' ? messages.kindPath : messages.kindCourse)}
          {item.org && <> · {item.org}</>}
        </p>
        <h2 className="h4 mb-1">
          <CardTitle item={item} />
        </h2>
        {item.subtitle && <p className="small text-gray-700 mb-2">{item.subtitle}</p>}
        {item.archived && (
          <p className="mb-2">
            <Badge variant="dark">{intl.formatMessage(messages.archived)}</Badge>
          </p>
        )}
        <StatusLabel status={item.status} className="mb-2" />
        <ProgressBar
          value={item.progress}
          label={intl.formatMessage(messages.progressOf, { title: item.title })}
          className="mb-2"
        />
        {item.completable === false && item.status !== 'completed' && (
          <p className="lp-card__warning mb-1">{intl.formatMessage(messages.cannotComplete)}</p>
        )}
        {item.next && <NextStep next={item.next} />}
        {item.next?.length === 0 && item.opensAt && (
          <p className="mb-1">
            {intl.formatMessage(messages.opensOn, { date: formatUtcDay(intl, item.opensAt) })}
          </p>
        )}
        {item.currentTierTitle && (
          <p className="mb-1">{intl.formatMessage(messages.currentTier, { tier: item.currentTierTitle })}</p>
        )}
        {item.grade !== null && item.grade !== undefined && (
          <p className="mb-1">{intl.formatMessage(messages.grade, { grade: percent(item.grade) })}</p>
        )}
        {item.paths && item.paths.length > 0 && (
          <div className="lp-card__paths mb-1">
            <span>{intl.formatMessage(messages.partOf)}</span>{' '}
            <ul className="lp-inline-list">
              {item.paths.map((path) => (
                <li key={path.key}>
                  <Link to={pathPageRoute(path.key)}>{path.title}</Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <CourseDates
          startsAt={item.startsAt}
          endsAt={item.endsAt}
          dateState={item.dateState}
          className="lp-card__dates small d-block mt-auto pt-2"
        />
      </div>
    </article>
  );
}
