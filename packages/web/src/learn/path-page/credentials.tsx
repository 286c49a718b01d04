// The tiers the learner has achieved, each said earned and no more: issuing a credential for a tier
// is a plugin's work, not the core's. Achieved tiers are never taken back, so this list only grows.
import { Icon } from '@openedx/paragon';
import { Award } from '../../shared/progress/icons.ts';
import { useIntl } from 'react-intl';
import type { PathPageData } from '../learn-api.ts';
import { messages } from './messages.ts';

export function Credentials({ page }: { readonly page: PathPageData }) {
  const intl = useIntl();
  const achieved = (page.definition.tiers ?? []).filter((tier) => page.evaluation.tiers[tier.id]?.achieved);
  return (
    <section aria-labelledby="credentials-title" className="mb-5">
      <h2 id="credentials-title">{intl.formatMessage(messages.credentialsTitle)}</h2>
      {achieved.length === 0 ? (
        <p>{intl.formatMessage(messages.credentialsNone)}</p>
      ) : (
        <ul className="lp-credentials">
          {achieved.map((tier) => (
            <li key={tier.id} className="lp-credential">
              <Icon src={Award} className="lp-credential__icon" />
              <div>
                <p className="font-weight-bold mb-0">{page.titles[tier.id] ?? tier.title}</p>
                <p className="small mb-0">{intl.formatMessage(messages.credentialEarned)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
