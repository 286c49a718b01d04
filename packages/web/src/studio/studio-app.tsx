// Studio: the authoring and enrollment-management screens, by route.
import { Route, Routes } from 'react-router-dom';
import { AppFrame } from '../shared/layout/app-frame.tsx';

export function StudioApp() {
  return (
    <AppFrame app="studio">
      <Routes>
        <Route path="*" element={<h1>Paths</h1>} />
      </Routes>
    </AppFrame>
  );
}
