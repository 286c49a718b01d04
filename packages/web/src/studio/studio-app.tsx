// Studio: the authoring and enrollment-management screens, by route (`/paths/new` is the editor
// of a path not saved yet, which keeps its state when the first save gives it its key).
import { Route, Routes } from 'react-router-dom';
import { AppFrame } from '../shared/layout/app-frame.tsx';
import { PathListPage } from './path-list/path-list-page.tsx';
import { PathEditorPage } from './editor/path-editor-page.tsx';
import { PathLearnersPage } from './enrollments/path-learners-page.tsx';

export function StudioApp() {
  return (
    <AppFrame app="studio">
      <Routes>
        <Route path="/" element={<PathListPage />} />
        <Route path="/paths/:key" element={<PathEditorPage />} />
        <Route path="/paths/:key/learners" element={<PathLearnersPage />} />
        <Route path="*" element={<PathListPage />} />
      </Routes>
    </AppFrame>
  );
}
