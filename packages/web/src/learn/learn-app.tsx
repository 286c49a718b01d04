// Learn: the learner's dashboard and path pages, by route.
import { Route, Routes } from 'react-router-dom';
import { AppFrame } from '../shared/layout/app-frame.tsx';
import { DashboardPage } from './dashboard/dashboard-page.tsx';
import { PathPage } from './path-page/path-page.tsx';
import './learn.css';

export function LearnApp() {
  return (
    <AppFrame app="learn">
      <div className="lp-learn">
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/paths/:key" element={<PathPage />} />
          <Route path="*" element={<DashboardPage />} />
        </Routes>
      </div>
    </AppFrame>
  );
}
