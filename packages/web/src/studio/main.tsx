// The entry of Studio: loads the plugins' browser bundles, then mounts the app under /studio/.
import '../shared/content-security.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startWithPlugins } from '../shared/plugins/start-with-plugins.ts';
import { DataRouterProviders } from '../shared/intl/app-providers.tsx';
import { studioRoutes } from './studio-app.tsx';

// The plugins' browser bundles first: their slot components and rules are there at the first render.
void startWithPlugins(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <DataRouterProviders basename="/studio" routes={studioRoutes} />
    </StrictMode>,
  ),
);
