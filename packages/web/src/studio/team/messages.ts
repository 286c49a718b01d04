// Strings of Studio's team pages (who works on a path or an organisation), for react-intl.
import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { TeamRole } from './team-api.ts';

export const messages = defineMessages({
  documentTitle: { id: 'team.documentTitle', defaultMessage: 'Team · {title} · Studio' },
  pageTitle: { id: 'team.pageTitle', defaultMessage: 'Team' },
  linkLabel: { id: 'team.link', defaultMessage: 'Team' },
  linkOf: { id: 'team.linkOf', defaultMessage: 'Team of {title}' },
  orgLink: { id: 'team.orgLink', defaultMessage: 'Team of every {org} path' },
  backToPaths: { id: 'team.backToPaths', defaultMessage: '← Back to paths' },
  loading: { id: 'team.loading', defaultMessage: 'Loading…' },
  notFoundTitle: { id: 'team.notFound.title', defaultMessage: 'Path not found' },
  notFoundBody: {
    id: 'team.notFound.body',
    defaultMessage: 'No path has the key {key}, or you are not one of its staff.',
  },
  forbiddenTitle: { id: 'team.forbidden.title', defaultMessage: 'Only authors manage the team' },
  forbiddenBody: {
    id: 'team.forbidden.body',
    defaultMessage: 'Authors of {org} and administrators decide who works on {what}.',
  },
  rolesHelp: {
    id: 'team.rolesHelp',
    defaultMessage:
      'Authors create, edit and publish the paths of their organisation. Instructors enroll learners and follow their progress.',
  },
  orgTitle: { id: 'team.orgTitle', defaultMessage: 'Organisation {org}' },
  orgHelp: {
    id: 'team.orgHelp',
    defaultMessage: 'People here work on every path of {org}, those published later included.',
  },

  membersHeading: { id: 'team.members.heading', defaultMessage: 'Who has access' },
  membersTable: { id: 'team.members.table', defaultMessage: 'Authors and instructors, with their access' },
  noMembers: { id: 'team.members.none', defaultMessage: 'No one but administrators has access yet.' },
  personColumn: { id: 'team.column.person', defaultMessage: 'Person' },
  roleColumn: { id: 'team.column.role', defaultMessage: 'Role' },
  scopeColumn: { id: 'team.column.scope', defaultMessage: 'Access to' },
  sinceColumn: { id: 'team.column.since', defaultMessage: 'Since' },
  actionsColumn: { id: 'team.column.actions', defaultMessage: 'Actions' },
  you: { id: 'team.you', defaultMessage: '(you)' },
  thisPath: { id: 'team.scope.path', defaultMessage: 'This path' },
  wholeOrg: { id: 'team.scope.org', defaultMessage: 'Every path of {org}' },
  everywhere: { id: 'team.scope.everywhere', defaultMessage: 'Every organisation (set by an administrator)' },
  remove: { id: 'team.remove', defaultMessage: 'Remove' },
  removeOf: {
    id: 'team.removeOf',
    defaultMessage:
      'Remove {name} as {role, select, author {author} other {instructor}} of {scope, select, path {this path} org {every path of {org}} other {every organisation}}',
  },
  removeTitle: { id: 'team.remove.title', defaultMessage: 'Remove {name}?' },
  removeBody: {
    id: 'team.remove.body',
    defaultMessage:
      '{name} will no longer be {role, select, author {author} other {instructor}} of {scope, select, path {this path} org {every path of {org}} other {every organisation}}.',
  },
  removed: {
    id: 'team.removed',
    defaultMessage:
      '{name} is no longer {role, select, author {author} other {instructor}} of {scope, select, path {this path} org {every path of {org}} other {every organisation}}.',
  },
  goBack: { id: 'team.dialog.back', defaultMessage: 'Go back' },
  close: { id: 'team.dialog.close', defaultMessage: 'Close' },

  addHeading: { id: 'team.add.heading', defaultMessage: 'Add someone' },
  personField: { id: 'team.add.person', defaultMessage: 'Username or email' },
  personHelp: { id: 'team.add.personHelp', defaultMessage: 'Their account must exist already.' },
  personMissing: { id: 'team.add.personMissing', defaultMessage: 'Enter a username or an email.' },
  roleField: { id: 'team.add.role', defaultMessage: 'Role' },
  scopeField: { id: 'team.add.scope', defaultMessage: 'Access to' },
  authorScopeHelp: {
    id: 'team.add.authorScope',
    defaultMessage: 'Authors work on every path of their organisation.',
  },
  add: { id: 'team.add.submit', defaultMessage: 'Add to the team' },
  adding: { id: 'team.add.busy', defaultMessage: 'Adding…' },
  added: {
    id: 'team.add.done',
    defaultMessage:
      '{person} is now {role, select, author {author} other {instructor}} of {scope, select, path {this path} org {every path of {org}} other {every organisation}}.',
  },
});

export const roleMessages: Record<TeamRole, MessageDescriptor> = defineMessages({
  author: { id: 'team.role.author', defaultMessage: 'Author' },
  instructor: { id: 'team.role.instructor', defaultMessage: 'Instructor' },
});
