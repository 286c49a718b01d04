// The Structure section: how to arrange a path, then the root group with everything inside it.
import { Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useEditor } from '../editor-context.tsx';
import { NodeItem } from './node-item.tsx';
import { messages } from './messages.ts';

export function StructureEditor() {
  const intl = useIntl();
  const { definition, expanded, closeAll } = useEditor();
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
      <NodeItem node={definition.requirements} pointer="/requirements" />
    </>
  );
}
