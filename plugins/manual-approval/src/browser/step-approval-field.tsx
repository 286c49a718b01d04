// Studio's step settings: "Requires approval by staff", which adds the criterion approvedByStaff to
// the step (or takes it away) in the editor's unsaved definition.
import { useId } from 'react';
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition, StepNode } from '@learning-paths/core';
import { messages } from './messages.ts';
import { requiresApproval, withApproval } from './step-criteria.ts';

export function StepApprovalField({
  definition,
  node,
  onChange,
}: {
  readonly definition: PathDefinition;
  readonly node: StepNode;
  readonly onChange: (node: StepNode) => void;
}) {
  const intl = useIntl();
  const id = useId();
  return (
    <div className="mb-3">
      <Form.Checkbox
        id={`${id}-approval`}
        checked={requiresApproval(definition, node)}
        description={intl.formatMessage(messages.requiresApprovalHelp)}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
          onChange(withApproval(definition, node, event.target.checked))
        }
      >
        {intl.formatMessage(messages.requiresApproval)}
      </Form.Checkbox>
    </div>
  );
}
