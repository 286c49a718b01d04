// The header's links into Learn: its dashboard and Explore paths, then the pages plugins add to it
// (slot learn.pages). In Learn they go through its router, so that following one does not reload
// the app, and the link of the page shown says so (aria-current); Studio links to Learn's addresses.
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { formatSlotLabel, pluginPages } from '../plugins/plugin-pages.ts';

export function LearnLink({
  app,
  path,
  children,
}: {
  readonly app: 'studio' | 'learn';
  /** The page's path under /learn/ ('' for the dashboard). */
  readonly path: string;
  readonly children: ReactNode;
}) {
  return app === 'learn' ? (
    <NavLink to={`/${path}`} end>
      {children}
    </NavLink>
  ) : (
    <a href={`/learn/${path}`}>{children}</a>
  );
}

export function PluginPageLinks({ app }: { readonly app: 'studio' | 'learn' }) {
  const intl = useIntl();
  return pluginPages().map(({ path, label }) => (
    <LearnLink key={path} app={app} path={path}>
      {formatSlotLabel(intl, label)}
    </LearnLink>
  ));
}
