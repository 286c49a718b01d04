// Importing a file into the open editor, undoably: the dialog, and after an import a note saying
// nothing is saved yet, with a button that puts back what the editor held before, until the
// editor forgets it (once the draft is saved or reloaded).
import { useState } from 'react';
import { Alert, Button } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import type { PathDefinition } from '@learning-paths/core';
import { ImportFileDialog } from './import-file-dialog.tsx';
import { messages } from './messages.ts';

export function useFileImport({
  definition,
  replace,
  announce,
}: {
  readonly definition: PathDefinition;
  /** Puts a definition into the editor, as an edit. */
  readonly replace: (definition: PathDefinition) => void;
  readonly announce: (message: string) => void;
}) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const [undo, setUndo] = useState<{ readonly before: PathDefinition; readonly file: string } | null>(null);
  const imported = (next: PathDefinition, file: string) => {
    setUndo({ before: definition, file });
    setOpen(false);
    replace(next);
  };
  const dialog = open && <ImportFileDialog onImport={imported} onClose={() => setOpen(false)} />;
  const note = undo && (
    <Alert
      variant="info"
      dismissible
      onClose={() => setUndo(null)}
      closeLabel={intl.formatMessage(messages.dismiss)}
    >
      <p className="mb-2">{intl.formatMessage(messages.imported, { file: undo.file })}</p>
      <Button
        size="sm"
        variant="outline-primary"
        onClick={() => {
          replace(undo.before);
          setUndo(null);
          announce(intl.formatMessage(messages.undone));
        }}
      >
        {intl.formatMessage(messages.undo)}
      </Button>
    </Alert>
  );
  return { start: () => setOpen(true), forget: () => setUndo(null), dialog, note };
}
