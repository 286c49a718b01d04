// Studio's "Page not found", for an address Studio has no screen for: back to the list of paths.
import { useIntl } from 'react-intl';
import { NotFoundPage } from '../shared/layout/not-found-page.tsx';
import { messages } from '../shared/layout/messages.ts';

export function StudioNotFound() {
  const intl = useIntl();
  return (
    <NotFoundPage
      documentTitle={intl.formatMessage(messages.studioDocumentTitle, {
        title: intl.formatMessage(messages.notFoundTitle),
      })}
      links={[{ to: '/', label: intl.formatMessage(messages.notFoundPaths) }]}
    />
  );
}
