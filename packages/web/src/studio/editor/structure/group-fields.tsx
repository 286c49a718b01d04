// The settings of a group: title and id, its rule (all, in order, or at least a count and/or
// credits), its credits, and where it sits (not for the root, which sits nowhere).
import { useIntl } from 'react-intl';
import { isStep, type GroupNode } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { NumberField } from '../fields/number-field.tsx';
import { SelectField } from '../fields/select-field.tsx';
import { setGroupRule, updateNode } from '../state/tree-edits.ts';
import { NodeIdentityFields, NodePlacementFields } from './node-common-fields.tsx';
import { messages } from './messages.ts';

/** What a group is worth when it does not say: the sum of its children's credits (a step: 1). */
function childCredits(group: GroupNode): number {
  return group.children.reduce(
    (sum, child) => sum + (child.credits ?? (isStep(child) ? 1 : childCredits(child))),
    0,
  );
}

export function GroupFields({
  node,
  pointer,
  isRoot,
}: {
  readonly node: GroupNode;
  readonly pointer: string;
  readonly isRoot: boolean;
}) {
  const intl = useIntl();
  const { edit } = useEditor();
  const set = (field: string, value: unknown) =>
    edit((current) => updateNode(current, node.id, { [field]: value }));
  const atLeast = node.rule === 'atLeast';
  const rules = [
    { value: 'all', label: intl.formatMessage(messages.ruleAll) },
    { value: 'sequence', label: intl.formatMessage(messages.ruleSequence) },
    { value: 'atLeast', label: intl.formatMessage(messages.ruleAtLeast) },
  ];
  return (
    <>
      <NodeIdentityFields node={node} pointer={pointer} />
      <SelectField
        pointer={`${pointer}/rule`}
        label={intl.formatMessage(messages.rule)}
        value={node.rule}
        options={
          rules.some((rule) => rule.value === node.rule)
            ? rules
            : [...rules, { value: node.rule, label: node.rule }]
        }
        onChange={(rule) => edit((current) => setGroupRule(current, node.id, rule))}
      />
      <div className="editor-field-row">
        {atLeast && (
          <NumberField
            pointer={`${pointer}/count`}
            label={intl.formatMessage(messages.count)}
            help={intl.formatMessage(messages.countHelp, { total: node.children.length })}
            value={node.count}
            step={1}
            min={1}
            onChange={(count) => set('count', count)}
          />
        )}
        {(atLeast || !isRoot) && (
          <NumberField
            pointer={`${pointer}/credits`}
            label={intl.formatMessage(atLeast ? messages.creditsRequired : messages.groupCredits)}
            help={
              atLeast
                ? intl.formatMessage(messages.creditsRequiredHelp)
                : intl.formatMessage(messages.groupCreditsHelp, { sum: childCredits(node) })
            }
            value={node.credits}
            onChange={(credits) => set('credits', credits)}
          />
        )}
      </div>
      <NodePlacementFields node={node} pointer={pointer} isRoot={isRoot} />
    </>
  );
}
