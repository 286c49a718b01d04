// Strings of Explore paths, for react-intl.
import { defineMessages } from 'react-intl';

export const messages = defineMessages({
  title: { id: 'learn.explore.title', defaultMessage: 'Explore paths' },
  intro: {
    id: 'learn.explore.intro',
    defaultMessage: 'Learning paths open to everyone: find one that leads where you want to go, and join it.',
  },
  filters: { id: 'learn.explore.filters', defaultMessage: 'Search and filter paths' },
  search: { id: 'learn.explore.search', defaultMessage: 'Search paths' },
  searchPlaceholder: {
    id: 'learn.explore.search.placeholder',
    defaultMessage: 'Title, subtitle or description',
  },
  searchButton: { id: 'learn.explore.search.button', defaultMessage: 'Search' },
  org: { id: 'learn.explore.org', defaultMessage: 'Organisation' },
  orgAny: { id: 'learn.explore.org.any', defaultMessage: 'All organisations' },
  level: { id: 'learn.explore.level', defaultMessage: 'Level' },
  levelAny: { id: 'learn.explore.level.any', defaultMessage: 'Any level' },
  clear: { id: 'learn.explore.clear', defaultMessage: 'Clear filters' },
  results: {
    id: 'learn.explore.results',
    defaultMessage:
      '{total, plural, =0 {No paths} one {# path} other {# paths}}{pages, plural, =1 {} other {, page {page} of {pages}}}',
  },
  noneTitle: { id: 'learn.explore.none.title', defaultMessage: 'No paths are open to everyone yet' },
  noneText: {
    id: 'learn.explore.none.text',
    defaultMessage: 'Paths that anyone may join appear here once they are published.',
  },
  noMatchTitle: { id: 'learn.explore.noMatch.title', defaultMessage: 'No paths match these filters' },
  noMatchText: {
    id: 'learn.explore.noMatch.text',
    defaultMessage: 'Try other words or fewer filters, or clear them to see every path.',
  },
  courses: {
    id: 'learn.explore.card.courses',
    defaultMessage: '{count, plural, one {# course} other {# courses}}',
  },
  leadsTo: { id: 'learn.explore.card.leadsTo', defaultMessage: 'Leads to:' },
  leadsToCompletion: {
    id: 'learn.explore.card.leadsToCompletion',
    defaultMessage: 'Leads to completing the path',
  },
  onPath: { id: 'learn.explore.card.onPath', defaultMessage: 'You’re on this path' },
  continue: { id: 'learn.explore.card.continue', defaultMessage: 'Continue <hidden>{title}</hidden>' },
  viewAndJoin: {
    id: 'learn.explore.card.viewAndJoin',
    defaultMessage: 'View and join <hidden>{title}</hidden>',
  },
});
