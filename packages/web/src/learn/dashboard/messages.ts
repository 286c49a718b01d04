// Strings of the "My Learning" dashboard, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  title: { id: 'learn.dashboard.title', defaultMessage: 'My Learning' },
  intro: {
    id: 'learn.dashboard.intro',
    defaultMessage: 'Your learning paths and courses, with your progress in each.',
  },
  filters: { id: 'learn.dashboard.filters', defaultMessage: 'Search and filter' },
  search: { id: 'learn.dashboard.search', defaultMessage: 'Search by name' },
  searchPlaceholder: { id: 'learn.dashboard.search.placeholder', defaultMessage: 'Title or key' },
  type: { id: 'learn.dashboard.type', defaultMessage: 'Type' },
  typeAny: { id: 'learn.dashboard.type.any', defaultMessage: 'All types' },
  typePath: { id: 'learn.dashboard.type.path', defaultMessage: 'Paths' },
  typeCourse: { id: 'learn.dashboard.type.course', defaultMessage: 'Courses' },
  status: { id: 'learn.dashboard.status', defaultMessage: 'Status' },
  statusAny: { id: 'learn.dashboard.status.any', defaultMessage: 'Any status' },
  org: { id: 'learn.dashboard.org', defaultMessage: 'Organisation' },
  orgAny: { id: 'learn.dashboard.org.any', defaultMessage: 'All organisations' },
  dates: { id: 'learn.dashboard.dates', defaultMessage: 'Dates' },
  datesAny: { id: 'learn.dashboard.dates.any', defaultMessage: 'Any dates' },
  datesOpen: { id: 'learn.dashboard.dates.open', defaultMessage: 'Open now' },
  datesUpcoming: { id: 'learn.dashboard.dates.upcoming', defaultMessage: 'Upcoming' },
  datesEnded: { id: 'learn.dashboard.dates.ended', defaultMessage: 'Ended' },
  sort: { id: 'learn.dashboard.sort', defaultMessage: 'Sort by' },
  sortRecent: { id: 'learn.dashboard.sort.recent', defaultMessage: 'Recently enrolled' },
  sortTitle: { id: 'learn.dashboard.sort.title', defaultMessage: 'Title (A to Z)' },
  sortProgress: { id: 'learn.dashboard.sort.progress', defaultMessage: 'Most progress' },
  showFilters: {
    id: 'learn.dashboard.showFilters',
    defaultMessage: 'Show filters{count, plural, =0 {} other { (# set)}}',
  },
  hideFilters: {
    id: 'learn.dashboard.hideFilters',
    defaultMessage: 'Hide filters{count, plural, =0 {} other { (# set)}}',
  },
  clear: { id: 'learn.dashboard.clear', defaultMessage: 'Clear filters' },
  results: {
    id: 'learn.dashboard.results',
    defaultMessage:
      '{total, plural, =0 {Nothing to show} one {# item} other {# items}}{pages, plural, =1 {} other {, page {page} of {pages}}}',
  },
  emptyTitle: { id: 'learn.dashboard.empty.title', defaultMessage: 'You have no learning paths yet' },
  emptyText: {
    id: 'learn.dashboard.empty.text',
    defaultMessage:
      'When you are enrolled on a learning path or in a course, it appears here with your progress. You can also find a path open to everyone and join it.',
  },
  explore: { id: 'learn.dashboard.empty.explore', defaultMessage: 'Explore paths' },
  noMatchTitle: { id: 'learn.dashboard.noMatch.title', defaultMessage: 'Nothing matches these filters' },
  noMatchText: {
    id: 'learn.dashboard.noMatch.text',
    defaultMessage: 'Try other words or fewer filters, or clear them to see all your learning.',
  },
  pagination: { id: 'learn.dashboard.pagination', defaultMessage: 'Pages of results' },
  previous: { id: 'learn.dashboard.previous', defaultMessage: 'Previous page' },
  next: { id: 'learn.dashboard.next', defaultMessage: 'Next page' },
  pageOf: { id: 'learn.dashboard.pageOf', defaultMessage: 'Page {page} of {pages}' },
  kindPath: { id: 'learn.card.kind.path', defaultMessage: 'Learning path' },
  kindCourse: { id: 'learn.card.kind.course', defaultMessage: 'Course' },
  progressOf: { id: 'learn.card.progressOf', defaultMessage: 'Progress on {title}' },
  nextStep: { id: 'learn.card.nextStep', defaultMessage: 'Next step: {title}' },
  moreNext: {
    id: 'learn.card.moreNext',
    defaultMessage: '{title} and {count, plural, one {# other} other {# others}}',
  },
  currentTier: { id: 'learn.card.currentTier', defaultMessage: 'Milestone reached: {tier}' },
  cannotComplete: {
    id: 'learn.card.cannotComplete',
    defaultMessage: 'Can no longer be completed: a course it needs has ended',
  },
  opensOn: {
    id: 'learn.card.opensOn',
    defaultMessage: 'Nothing to take now: the next course opens on {date}',
  },
  grade: { id: 'learn.card.grade', defaultMessage: 'Grade: {grade}' },
  partOf: { id: 'learn.card.partOf', defaultMessage: 'Part of:' },
  archived: { id: 'learn.card.archived', defaultMessage: 'Archived' },
});
