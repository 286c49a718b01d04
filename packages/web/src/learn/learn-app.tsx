// Learn: the learner's dashboard, Explore paths, path pages and the pages plugins add
// (/learn/{path}), by route.
import { Route, Routes } from 'react-router-dom';
import { AppFrame } from '../shared/layout/app-frame.tsx';
import { pluginPages } from '../shared/plugins/plugin-pages.ts';
import { DashboardPage } from './dashboard/dashboard-page.tsx';
import { ExplorePage } from './explore/explore-page.tsx';
import { LearnNotFound } from './learn-not-found.tsx';
import { PathRoute } from './path-route.tsx';
import { PluginPageView } from './plugin-page.tsx';
import './learn.css';

export function LearnApp() {
  return (
    <AppFrame app="learn">
      <div className="lp-learn">
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/paths/:key" element={<PathRoute />} />
          <Route path="/explore" element={<ExplorePage />} />
          {pluginPages().map((page) => (
            <Route key={page.path} path={`/${page.path}`} element={<PluginPageView page={page} />} />
          ))}
          <Route path="*" element={<LearnNotFound />} />
        </Routes>
      </div>
    </AppFrame>
  );
}
