// The path's tiers as milestones, in order: each achieved or not, with its progress and, until it
// is reached, what it still needs in the server's plain words, in the learner's language (each part
// linked to its place in the outline; a locked part says why it is locked).
import { Icon } from '@openedx/paragon';
import { CheckCircle, Flag } from '../progress/icons.ts';
import { useIntl } from 'react-intl';
import { formatWords } from '../intl/format-words.ts';
import { ProgressBar } from '../progress/progress-bar.tsx';
import type { PathPageData, TierNeed } from './path-page-data.ts';
import { messages } from './messages.ts';
import './path-view.css';

function Need({ need, title }: { readonly need: TierNeed; readonly title: string }) {
  const intl = useIntl();
  const words = formatWords(intl, need);
  return (
    <li>
      <a href={`#node-${need.node}`}>
        {need.locked ? intl.formatMessage(messages.lockedNeed, { title, reason: words }) : words}
      </a>
    </li>
  );
}

export function TierMilestones({ page }: { readonly page: PathPageData }) {
  const intl = useIntl();
  const tiers = page.definition.tiers ?? [];
  return (
    <section aria-labelledby="milestones-title" className="mb-5">
      <h2 id="milestones-title">{intl.formatMessage(messages.milestonesTitle)}</h2>
      {tiers.length === 0 && <p>{intl.formatMessage(messages.milestonesNone)}</p>}
      <ol className="lp-milestones">
        {tiers.map((tier) => {
          const result = page.evaluation.tiers[tier.id]!;
          const needs = page.tierNeeds[tier.id] ?? [];
          return (
            <li
              key={tier.id}
              className={`lp-milestone${result.achieved ? ' lp-milestone--achieved' : ''}`}
              id={`tier-${tier.id}`}
            >
              <Icon src={result.achieved ? CheckCircle : Flag} className="lp-milestone__icon" />
              <div className="lp-milestone__body">
                <h3 className="lp-milestone__title mb-1">{page.titles[tier.id] ?? tier.title}</h3>
                <p className="lp-milestone__state mb-1">
                  {intl.formatMessage(result.achieved ? messages.tierAchieved : messages.tierNotAchieved)}
                </p>
                {tier.description && <p className="small mb-1">{tier.description}</p>}
                {!result.achieved && (
                  <>
                    <ProgressBar
                      value={result.progress}
                      label={intl.formatMessage(messages.tierProgress, { title: tier.title })}
                      className="mb-2"
                    />
                    {needs.length > 0 && (
                      <>
                        <p className="mb-1">{intl.formatMessage(messages.stillNeeded)}</p>
                        <ul className="lp-needs">
                          {needs.map((need) => (
                            <Need key={need.node} need={need} title={page.titles[need.node] ?? need.node} />
                          ))}
                        </ul>
                      </>
                    )}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
