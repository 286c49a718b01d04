// The plugin's browser bundle: Learn's path page section listing the learner's credentials on it,
// and Learn's My credentials page (/learn/credentials); in Studio, the editor's Credentials tab and
// the path's credentials on its Learners page.
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import type { PathDefinition } from '@learning-paths/core';
import { credentialsApi } from './credentials-api.ts';
import { CredentialsSection } from './credentials-section.tsx';
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
