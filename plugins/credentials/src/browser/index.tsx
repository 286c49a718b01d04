// The plugin's browser bundle. Learn: the path page's section of the learner's credentials on it, a
// line on Explore paths' cards, and the My credentials page (/learn/credentials). Studio: the
// editor's Credentials tab and the path's credentials on its Learners page.
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import type { PathDefinition } from '@learning-paths/core';
import { credentialsApi } from './credentials-api.ts';
import { CredentialsSection } from './credentials-section.tsx';
import { ExploreCardLine } from './explore-card-line.tsx';
import { messages } from './messages.ts';
import { MyCredentialsPage } from './my-credentials-page.tsx';
import { CredentialsTab } from './studio/credentials-tab.tsx';
import { studioMessages } from './studio/messages.ts';
import { PathCredentialsSection } from './studio/path-credentials-section.tsx';
import { staffApi } from './studio/staff-api.ts';

export default function register(app: BrowserPluginApi): void {
  const api = credentialsApi(app);
  const staff = staffApi(app);
  app.slot('learn.path-page.section', (props: { pathKey: string; definition: PathDefinition }) => (
    <CredentialsSection api={api} {...props} />
  ));
  app.slot('learn.explore.card', (props: { tiers: { id: string }[] }) => <ExploreCardLine {...props} />);
  app.slot('learn.pages', () => <MyCredentialsPage api={api} />, {
    path: 'credentials',
    label: messages.pageNav,
  });
  // Studio: the tiers' credential settings in the editor, the path's credentials on its Learners page.
  app.slot(
    'studio.path.tabs',
    (props: { definition: PathDefinition; pathKey: string | null }) => (
      <CredentialsTab api={staff} {...props} />
    ),
    { label: studioMessages.tab },
  );
  app.slot('studio.learners.sections', (props: { pathKey: string }) => (
    <PathCredentialsSection api={staff} {...props} />
  ));
}
