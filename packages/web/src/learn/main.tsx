// The entry of Learn: loads the plugins' browser bundles, then mounts the app under /learn/.
import '../shared/content-security.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startWithPlugins } from '../shared/plugins/start-with-plugins.ts';
import { AppProviders } from '../shared/intl/app-providers.tsx';
import { LearnApp } from './learn-app.tsx';

// The plugins' browser bundles first: their slot components and rules are there at the first render.
void startWithPlugins(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders basename="/learn">
        <LearnApp />
      </AppProviders>
    </StrictMode>,
  ),
);
