// Studio: the authoring and enrollment-management screens, by route (`/paths/new` is the editor
// of a path not saved yet, which keeps its state when the first save gives it its key). Routes of
// a data router, so that the editor can ask before any navigation away from unsaved changes.
import { Outlet, type RouteObject } from 'react-router-dom';
import { AppFrame } from '../shared/layout/app-frame.tsx';
import { PathListPage } from './path-list/path-list-page.tsx';
import { PathEditorPage } from './editor/path-editor-page.tsx';
import { PathLearnersPage } from './enrollments/path-learners-page.tsx';
import { LearnerPathPage } from './learner/learner-path-page.tsx';
import { PathTeamPage } from './team/path-team-page.tsx';
import { OrgTeamPage } from './team/org-team-page.tsx';
import { PluginSettingsPage } from './plugin-settings/plugin-settings-page.tsx';
import { StudioNotFound } from './studio-not-found.tsx';

export const studioRoutes: RouteObject[] = [
  {
    element: (
      <AppFrame app="studio">
        <Outlet />
      </AppFrame>
    ),
    children: [
      { path: '/', element: <PathListPage /> },
      { path: '/paths/:key', element: <PathEditorPage /> },
      { path: '/paths/:key/learners', element: <PathLearnersPage /> },
      { path: '/paths/:key/learners/:username', element: <LearnerPathPage /> },
      { path: '/paths/:key/team', element: <PathTeamPage /> },
      { path: '/organizations/:org/team', element: <OrgTeamPage /> },
      { path: '/plugins', element: <PluginSettingsPage /> },
      { path: '*', element: <StudioNotFound /> },
    ],
  },
];
