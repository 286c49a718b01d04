// Learn: the learner's dashboard and path pages, by route.
import { Route, Routes } from 'react-router-dom';
import { AppFrame } from '../shared/layout/app-frame.tsx';

export function LearnApp() {
  return (
    <AppFrame app="learn">
      <Routes>
        <Route path="*" element={<h1>My Learning</h1>} />
      </Routes>
    </AppFrame>
  );
}
