// The frame of every page: a skip link, the header with the product name, the links between
// Studio and Learn (with the pages plugins add to Learn and, for administrators, Studio's Plugins
// page) and the signed-in user with sign-out, then the page in <main>.
import type { ReactNode } from 'react';
import { Button, Container } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useSession } from '../auth/session.tsx';
import { messages } from './messages.ts';
import { LearnLink, PluginPageLinks } from './learn-links.tsx';

export function AppFrame({
  app,
  children,
}: {
  readonly app: 'studio' | 'learn';
  readonly children: ReactNode;
}) {
  const intl = useIntl();
  const { user, signOut } = useSession();
  const isStaff =
    user.isAdmin || user.roles.some((grant) => grant.role === 'author' || grant.role === 'instructor');
  return (
    <>
      <a className="skip-link" href="#main">
        {intl.formatMessage(messages.skip)}
      </a>
      <header className="app-header bg-white">
        <Container size="xl" className="app-header-bar d-flex flex-wrap align-items-center py-2">
          <span className="app-title h4 mb-0">
            Learning Paths · {intl.formatMessage(app === 'studio' ? messages.studio : messages.learn)}
          </span>
          <nav aria-label={intl.formatMessage(messages.mainNavigation)} className="app-header-links d-flex">
            <LearnLink app={app} path="">
              {intl.formatMessage(messages.learn)}
            </LearnLink>
            <LearnLink app={app} path="explore">
              {intl.formatMessage(messages.explore)}
            </LearnLink>
            <PluginPageLinks app={app} />
            {isStaff && <a href="/studio/">{intl.formatMessage(messages.studio)}</a>}
            {user.isAdmin && <a href="/studio/plugins">{intl.formatMessage(messages.plugins)}</a>}
          </nav>
          <span className="small text-gray-700">
            {intl.formatMessage(messages.signedInAs, { name: user.displayName ?? user.username })}
          </span>
          <Button variant="outline-primary" size="sm" onClick={() => void signOut()}>
            {intl.formatMessage(messages.signOut)}
          </Button>
        </Container>
      </header>
      <main id="main" tabIndex={-1}>
        <Container size="xl" className="py-4">
          {children}
        </Container>
      </main>
    </>
  );
}
