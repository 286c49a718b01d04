// The entry of Studio: mounts the app under /studio/.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '../shared/intl/app-providers.tsx';
import { StudioApp } from './studio-app.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders basename="/studio">
      <StudioApp />
    </AppProviders>
  </StrictMode>,
);
