// The libraries the apps share with plugins' browser bundles, so that a bundle brings none of them:
// one React (a second copy breaks hooks), react-intl under the app's own IntlProvider, the Paragon
// components the apps use themselves (all of Paragon would add some 100 kB gzipped to every page;
// a bundle brings any other it needs), and core with the registry the app validates with. Not zod
// (some 65 kB gzipped more): a bundle with a browser rule brings its own zod 4. Handed to each
// bundle's default export (`app.shared`) and, for bundles whose bundler maps `react` & co. to a
// global, set as `window.LearningPaths` before any bundle is imported (docs/web-plugin-slots.md).
import * as core from '@learning-paths/core';
import {
  ActionRow,
  Alert,
  Badge,
  Button,
  ButtonGroup,
  Card,
  Container,
  Form,
  Hyperlink,
  Icon,
  IconButton,
  ModalDialog,
  Spinner,
  useToggle,
} from '@openedx/paragon';
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import * as ReactIntl from 'react-intl';

/* eslint-disable @typescript-eslint/no-unsafe-assignment -- some of Paragon's components are typed any */
const Paragon: Readonly<Record<string, unknown>> = Object.freeze({
  ActionRow,
  Alert,
  Badge,
  Button,
  ButtonGroup,
  Card,
  Container,
  Form,
  Hyperlink,
  Icon,
  IconButton,
  ModalDialog,
  Spinner,
  useToggle,
});
/* eslint-enable @typescript-eslint/no-unsafe-assignment */

export const SHARED_MODULES = Object.freeze({ React, jsxRuntime, ReactIntl, Paragon, core });

export type SharedModules = typeof SHARED_MODULES;

declare global {
  interface Window {
    LearningPaths?: SharedModules;
  }
}

export function exposeSharedModules(): SharedModules {
  window.LearningPaths = SHARED_MODULES;
  return SHARED_MODULES;
}
