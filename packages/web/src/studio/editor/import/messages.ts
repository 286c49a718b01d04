// Strings of importing a file into the open editor, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  action: { id: 'studio.editor.import.action', defaultMessage: 'Import file' },
  title: { id: 'studio.editor.import.title', defaultMessage: 'Import a file into the editor' },
  help: {
    id: 'studio.editor.import.help',
    defaultMessage:
      'A path definition in JSON or YAML replaces everything in the editor. Nothing is saved until you save the draft.',
  },
  file: { id: 'studio.editor.import.file', defaultMessage: 'Definition file' },
  chooseFile: { id: 'studio.editor.import.chooseFile', defaultMessage: 'Choose a file first.' },
  submit: { id: 'studio.editor.import.submit', defaultMessage: 'Import into the editor' },
  cancel: { id: 'studio.editor.import.cancel', defaultMessage: 'Cancel' },
  syntax: { id: 'studio.editor.import.syntax', defaultMessage: 'The file {file} {problem}.' },
  shape: {
    id: 'studio.editor.import.shape',
    defaultMessage:
      'The file {file} is not a path definition the editor can open ({count, plural, one {# problem} other {# problems}}):',
  },
  unreadable: {
    id: 'studio.editor.import.unreadable',
    defaultMessage: 'The file could not be read: {error}',
  },
  imported: {
    id: 'studio.editor.import.done',
    defaultMessage: '{file} is now in the editor. Nothing is saved until you save the draft.',
  },
  dismiss: { id: 'studio.editor.import.dismiss', defaultMessage: 'Dismiss' },
  undo: { id: 'studio.editor.import.undo', defaultMessage: 'Undo the import' },
  undone: {
    id: 'studio.editor.import.undone',
    defaultMessage: 'The editor holds what it held before the import.',
  },
});
