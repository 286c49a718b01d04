// The entry of Learn: mounts the app under /learn/.
import '../shared/content-security.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '../shared/intl/app-providers.tsx';
import { LearnApp } from './learn-app.tsx';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders basename="/learn">
      <LearnApp />
    </AppProviders>
  </StrictMode>,
);
