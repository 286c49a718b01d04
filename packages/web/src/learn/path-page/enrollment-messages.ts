// Strings of joining and leaving a path, and of an archived path's notice, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  leaveTitle: { id: 'learn.path.leaveDialog.title', defaultMessage: 'Leave {title}?' },
  leaveText: {
    id: 'learn.path.leaveDialog.text',
    defaultMessage:
      'The path leaves My Learning, and your progress on it is kept: if you join again, you pick up where you left off.',
  },
  leaveConfirm: { id: 'learn.path.leaveDialog.confirm', defaultMessage: 'Leave the path' },
  leaveCancel: { id: 'learn.path.leaveDialog.cancel', defaultMessage: 'Stay on the path' },
  archivedTitle: { id: 'learn.path.archived.title', defaultMessage: 'This path is archived' },
  archivedText: {
    id: 'learn.path.archived.text',
    defaultMessage:
      'Its authors have retired it: no one new can join it, and it is no longer listed in Explore paths. You keep your progress, and you can go on with the courses that are still open.',
  },
});
