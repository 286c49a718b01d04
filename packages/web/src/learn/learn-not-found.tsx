// Learn's "Page not found": for an address Learn has no screen for, and a path address whose key
// is not a path key at all, and a path the learner may not see (with its own words); back to My
// Learning, or on to Explore paths.
import { useIntl } from 'react-intl';
import { NotFoundPage } from '../shared/layout/not-found-page.tsx';
import { messages as layoutMessages } from '../shared/layout/messages.ts';
import { messages } from './messages.ts';

export function LearnNotFound({ title, text }: { readonly title?: string; readonly text?: string }) {
  const intl = useIntl();
  const heading = title ?? intl.formatMessage(layoutMessages.notFoundTitle);
  return (
    <NotFoundPage
      documentTitle={intl.formatMessage(messages.documentTitle, { title: heading })}
      title={heading}
      {...(text === undefined ? {} : { text })}
      links={[
        { to: '/', label: intl.formatMessage(layoutMessages.notFoundDashboard) },
        { to: '/explore', label: intl.formatMessage(layoutMessages.explore) },
      ]}
    />
  );
}
