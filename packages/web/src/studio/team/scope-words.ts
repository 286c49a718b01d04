// A grant's scope in words: this path, every path of an organisation, or every organisation; as a
// label, and as the values of a sentence (`{scope, select, path {…} org {…} other {…}}` and `{org}`).
import type { IntlShape } from 'react-intl';
import { messages } from './messages.ts';

export function scopeWords(intl: IntlShape, scope: string): string {
  if (scope === '*') return intl.formatMessage(messages.everywhere);
  if (scope.startsWith('org:')) return intl.formatMessage(messages.wholeOrg, { org: scope.slice(4) });
  return intl.formatMessage(messages.thisPath);
}

/** A member's role and scope as the values of the sentences about them. */
export function grantValues({ role, scope }: { role: string; scope: string }) {
  const kind = scope === '*' ? 'everywhere' : scope.startsWith('org:') ? 'org' : 'path';
  return { role, scope: kind, org: kind === 'org' ? scope.slice(4) : '' };
}
