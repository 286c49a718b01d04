// One tier: its title, id, description and what it requires, with buttons to reorder and remove it.
import { Card, Icon, IconButton } from '@openedx/paragon';
import { ArrowDownward, ArrowUpward, Delete } from '../icons.ts';
import { useIntl } from 'react-intl';
import type { Tier } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { IdField } from '../fields/id-field.tsx';
import { ReferencePicker } from '../fields/reference-picker.tsx';
import { TextField } from '../fields/text-field.tsx';
import { referenceCandidates } from '../state/node-tree.ts';
import { moveTier, removeTier, updateTier } from '../state/tier-edits.ts';
import { fieldId } from '../validation/field-pointers.ts';
import { messages } from './messages.ts';

export function TierCard({
  tier,
  index,
  total,
}: {
  readonly tier: Tier;
  readonly index: number;
  readonly total: number;
}) {
  const intl = useIntl();
  const { definition, edit, rename, retitle, followsTitle, announce } = useEditor();
  const pointer = `/tiers/${index}`;
  const title = tier.title || intl.formatMessage(messages.untitled);
  const set = (field: string, value: unknown) =>
    edit((current) => updateTier(current, tier.id, { [field]: value }));
  const move = (delta: number) => {
    const target = index + delta;
    if (target < 0 || target >= total) return;
    edit((current) => moveTier(current, tier.id, delta));
    announce(intl.formatMessage(messages.moved, { title, position: target + 1, total }));
  };
  return (
    <Card as="li" className="mb-3" id={fieldId(pointer)} tabIndex={-1}>
      <Card.Section>
        <div className="node-header">
          <h3 className="h4 node-heading mb-0">
            {intl.formatMessage(messages.tierHeading, { position: index + 1, title })}
          </h3>
          <div className="node-actions">
            <IconButton
              src={ArrowUpward}
              iconAs={Icon}
              size="sm"
              alt={intl.formatMessage(messages.moveUp, { title })}
              onClick={() => move(-1)}
            />
            <IconButton
              src={ArrowDownward}
              iconAs={Icon}
              size="sm"
              alt={intl.formatMessage(messages.moveDown, { title })}
              onClick={() => move(1)}
            />
            <IconButton
              src={Delete}
              iconAs={Icon}
              size="sm"
              alt={intl.formatMessage(messages.remove, { title })}
              onClick={() => {
                edit((current) => removeTier(current, tier.id));
                announce(intl.formatMessage(messages.removed, { title }));
              }}
            />
          </div>
        </div>
        <div className="editor-field-row">
          <TextField
            pointer={`${pointer}/title`}
            label={intl.formatMessage(messages.title)}
            value={tier.title || undefined}
            onChange={(value) => retitle(tier.id, value)}
          />
          <IdField
            pointer={`${pointer}/id`}
            label={intl.formatMessage(messages.id)}
            id={tier.id}
            followsTitle={followsTitle(tier.id)}
            definition={definition}
            onRename={(to) => rename(tier.id, to)}
          />
        </div>
        <TextField
          pointer={`${pointer}/description`}
          label={intl.formatMessage(messages.description)}
          type="textarea"
          rows={2}
          value={tier.description}
          onChange={(description) => set('description', description)}
        />
        <ReferencePicker
          owner={tier.id}
          pointer={`${pointer}/requires`}
          legend={intl.formatMessage(messages.requires)}
          help={intl.formatMessage(messages.requiresHelp)}
          candidates={referenceCandidates(definition, tier.id)}
          selected={tier.requires}
          onChange={(requires) => set('requires', requires)}
        />
      </Card.Section>
    </Card>
  );
}
