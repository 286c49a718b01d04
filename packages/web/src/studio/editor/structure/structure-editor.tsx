// The Structure section: how to arrange a path, then the root with everything inside it, in one
// drag and drop; a root that is a single course can be turned into a group, to get more parts.
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { isStep } from '@learning-paths/core';
import { useEditor } from '../editor-context.tsx';
import { nodeTitle } from '../state/node-tree.ts';
import { groupRoot } from '../state/tree-edits.ts';
import { NodeItem } from './node-item.tsx';
import { StructureDnd } from './structure-dnd.tsx';
import { messages } from './messages.ts';

export function StructureEditor() {
  const intl = useIntl();
  const { definition, edit, expanded, closeAll, announce, reveal } = useEditor();
  const root = definition.requirements;
  const turnIntoGroup = () => {
    edit(groupRoot);
    announce(intl.formatMessage(messages.rootGrouped, { title: nodeTitle(root) }));
    reveal('/requirements/children/0');
  };
  return (
    <>
      <div className="button-row justify-content-between align-items-center">
        <h2 className="h3">{intl.formatMessage(messages.heading)}</h2>
        {expanded.size > 0 && (
          <Button variant="tertiary" size="sm" onClick={closeAll}>
            {intl.formatMessage(messages.closeAll)}
          </Button>
        )}
      </div>
      <p className="text-gray-700">{intl.formatMessage(messages.intro)}</p>
      {isStep(root) && (
        <div className="button-row align-items-center mb-3">
          <p className="mb-0">{intl.formatMessage(messages.groupRootHelp)}</p>
          <Button variant="outline-primary" size="sm" onClick={turnIntoGroup}>
            {intl.formatMessage(messages.groupRoot)}
          </Button>
        </div>
      )}
      <StructureDnd>
        <NodeItem node={root} pointer="/requirements" />
      </StructureDnd>
    </>
  );
}
