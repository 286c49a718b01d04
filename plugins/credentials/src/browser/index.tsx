// The plugin's browser bundle: Learn's path page section listing the learner's credentials on it.
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import type { PathDefinition } from '@learning-paths/core';
import { credentialsApi } from './credentials-api.ts';
import { CredentialsSection } from './credentials-section.tsx';

export default function register(app: BrowserPluginApi): void {
  const api = credentialsApi(app);
  app.slot('learn.path-page.section', (props: { pathKey: string; definition: PathDefinition }) => (
    <CredentialsSection api={api} {...props} />
  ));
}
