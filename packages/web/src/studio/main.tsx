// The entry of Studio: mounts the app under /studio/.
import '../shared/content-security.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DataRouterProviders } from '../shared/intl/app-providers.tsx';
import { studioRoutes } from './studio-app.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataRouterProviders basename="/studio" routes={studioRoutes} />
  </StrictMode>,
);
