// "Page not found", for an address neither app knows: a heading, a sentence, and the app's ways
// back; the document is titled too, so that a tab or a screen reader says where the user landed.
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { messages } from './messages.ts';

export interface WayBack {
  /** A route of the app. */
  readonly to: string;
  readonly label: string;
}

export function NotFoundPage({
  documentTitle,
  title,
  text,
  links,
}: {
  /** The whole document title, the app's name included. */
  readonly documentTitle: string;
  /** What was not found, when more is known than an address ("Path not found"). */
  readonly title?: string;
  readonly text?: string;
  readonly links: readonly WayBack[];
}) {
  const intl = useIntl();
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <>
      <h1>{title ?? intl.formatMessage(messages.notFoundTitle)}</h1>
      <p>{text ?? intl.formatMessage(messages.notFoundText)}</p>
      <nav aria-label={intl.formatMessage(messages.notFoundLinks)}>
        <ul className="not-found-links">
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
