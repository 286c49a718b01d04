// The Tiers section: the path's tiers in order, and a button to add one.
import { Button } from '@openedx/paragon';
import { Add } from '../icons.ts';
import { useIntl } from 'react-intl';
import { useEditor } from '../editor-context.tsx';
import { addTier, newTier } from '../state/tier-edits.ts';
import { fieldId } from '../validation/field-pointers.ts';
import { TierCard } from './tier-card.tsx';
import { messages } from './messages.ts';

export function TiersEditor() {
  const intl = useIntl();
  const { definition, edit, added, keyOf, announce, reveal } = useEditor();
  const tiers = definition.tiers ?? [];
  const add = () => {
    const tier = newTier(definition);
    edit((current) => addTier(current, tier));
    added(tier.id);
    announce(intl.formatMessage(messages.added, { position: tiers.length + 1 }));
    reveal(`/tiers/${tiers.length}/title`);
  };
  return (
    <div id={fieldId('/tiers')} tabIndex={-1}>
      <h2 className="h3">{intl.formatMessage(messages.heading)}</h2>
      <p className="text-gray-700">{intl.formatMessage(messages.intro)}</p>
      {tiers.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
      <ol className="list-unstyled">
        {tiers.map((tier, index) => (
          <TierCard key={keyOf(tier.id)} tier={tier} index={index} total={tiers.length} />
        ))}
      </ol>
      <Button variant="outline-primary" iconBefore={Add} onClick={add}>
        {intl.formatMessage(messages.add)}
      </Button>
    </div>
  );
}
