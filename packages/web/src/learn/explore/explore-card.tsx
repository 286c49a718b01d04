// One path in Explore paths, as a card: picture, organisation, title (a link to the path page),
// subtitle, level, duration and number of courses, what it leads to (its tiers; plugins add more,
// such as the credentials it issues, in slot learn.explore.card), and whether the learner is on it
// already, with the way to go on or to view and join it.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Icon } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { Answer } from '../../shared/api/types.ts';
import { PluginSlot } from '../../shared/plugins/plugin-slots.tsx';
import { CheckCircle, Flag, Route } from '../../shared/progress/icons.ts';
import { CoverImage } from '../cover-image.tsx';
import { messages as cardMessages } from '../dashboard/messages.ts';
import { pathPageRoute } from '../learn-api.ts';
import { messages as pathMessages } from '../path-page/messages.ts';
import { messages } from './messages.ts';

export type ExploredPath = Answer<'/api/v1/explore/paths', 'get'>['items'][number];

/** The slot in each card, after what the path leads to; its components receive { pathKey }. */
export const EXPLORE_CARD_SLOT = 'learn.explore.card';

/** The path's title, for screen readers only: each card's link then says which path it opens. */
const hidden = (chunks: ReactNode[]) => <span className="sr-only">{chunks}</span>;

function LeadsTo({ tiers }: { readonly tiers: ExploredPath['tiers'] }) {
  const intl = useIntl();
  if (tiers.length === 0) return <p className="mb-1">{intl.formatMessage(messages.leadsToCompletion)}</p>;
  return (
    <div className="mb-1">
      <p className="mb-1">{intl.formatMessage(messages.leadsTo)}</p>
      <ul className="lp-explore-card__tiers">
        {tiers.map((tier) => (
          <li key={tier.id}>
            <Icon src={Flag} size="sm" />
            {tier.title}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ExploreCard({ path }: { readonly path: ExploredPath }) {
  const intl = useIntl();
  const titleId = `explore-${path.key}`;
  const facts = [
    path.level && intl.formatMessage(pathMessages[path.level]),
    path.duration,
    intl.formatMessage(messages.courses, { count: path.courseCount }),
  ].filter((fact) => fact);
  return (
    <article className="lp-card" aria-labelledby={titleId}>
      <CoverImage src={path.image} icon={Route} className="lp-card__image" />
      <div className="lp-card__body">
        <p className="lp-card__kind small mb-1">
          {intl.formatMessage(cardMessages.kindPath)} · {path.org}
        </p>
        <h2 className="h4 mb-1" id={titleId}>
          <Link to={pathPageRoute(path.key)}>{path.title}</Link>
        </h2>
        {path.subtitle && <p className="small text-gray-700 mb-2">{path.subtitle}</p>}
        <ul className="lp-inline-list small mb-2">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
        <LeadsTo tiers={path.tiers} />
        <PluginSlot id={EXPLORE_CARD_SLOT} props={{ pathKey: path.key, tiers: path.tiers }} />
        <div className="lp-explore-card__action mt-auto pt-2">
          {path.enrolled && (
            <p className="lp-explore-card__on-path mb-2">
              <Icon src={CheckCircle} size="sm" />
              {intl.formatMessage(messages.onPath)}
            </p>
          )}
          <Link
            className={`btn ${path.enrolled ? 'btn-outline-primary' : 'btn-primary'}`}
            to={pathPageRoute(path.key)}
          >
            {intl.formatMessage(path.enrolled ? messages.continue : messages.viewAndJoin, {
              title: path.title,
              hidden,
            })}
          </Link>
        </div>
      </div>
    </article>
  );
}
