// A line on a path's card in Learn's Explore paths: reaching one of its tiers earns a credential, so
// that a learner choosing a path knows what they will be able to show for it.
import { useIntl } from 'react-intl';
import { messages } from './messages.ts';

export function ExploreCardLine({ tiers }: { readonly tiers: readonly { readonly id: string }[] }) {
  const intl = useIntl();
  if (tiers.length === 0) return null;
  return <p className="small mb-1">{intl.formatMessage(messages.exploreLine, { count: tiers.length })}</p>;
}
