// The settings of a step: title and id, its course, what completing it takes, its credits, and
// where it sits (weight, prerequisites, release date, group); plugins add fields at the end.
import { useIntl } from 'react-intl';
import type { StepNode } from '@learning-paths/core';
import { PluginSlot } from '../../../shared/plugins/plugin-slots.tsx';
import { useEditor } from '../editor-context.tsx';
import { criteriaSummary } from '../fields/criteria-summary.ts';
import { CriteriaFields } from '../fields/criteria-fields.tsx';
import { NumberField } from '../fields/number-field.tsx';
import { STUDIO_SLOTS } from '../plugin-slot-ids.ts';
import { replaceNode, updateNode } from '../state/tree-edits.ts';
import { ChangeCourse } from './change-course.tsx';
import { NodeIdentityFields, NodePlacementFields } from './node-common-fields.tsx';
import { messages } from './messages.ts';

export function StepFields({ node, pointer }: { readonly node: StepNode; readonly pointer: string }) {
  const intl = useIntl();
  const { definition, edit } = useEditor();
  const set = (field: string, value: unknown) =>
    edit((current) => updateNode(current, node.id, { [field]: value }));
  return (
    <>
      <NodeIdentityFields
        node={node}
        pointer={pointer}
        titleHelp={intl.formatMessage(messages.stepTitleHelp)}
      />
      <ChangeCourse node={node} pointer={pointer} />
      <CriteriaFields
        pointer={`${pointer}/criteria`}
        criteria={node.criteria}
        defaultSummary={criteriaSummary(intl, definition.defaultCriteria ?? { passed: true })}
        onChange={(criteria) => set('criteria', criteria)}
      />
      <NodePlacementFields node={node} pointer={pointer}>
        <NumberField
          pointer={`${pointer}/credits`}
          label={intl.formatMessage(messages.stepCredits)}
          help={intl.formatMessage(messages.stepCreditsHelp)}
          value={node.credits}
          onChange={(credits) => set('credits', credits)}
        />
      </NodePlacementFields>
      <PluginSlot
        id={STUDIO_SLOTS.stepFormFields}
        props={{
          definition,
          node,
          pointer,
          onChange: (next: StepNode) => edit((current) => replaceNode(current, node.id, next)),
        }}
      />
    </>
  );
}
