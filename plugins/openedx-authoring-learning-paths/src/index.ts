// The plugin for frontend-app-authoring's org.openedx.frontend.authoring.course_outline_sidebar.v1 slot.
export { LearningPathsPanel, type LearningPathsPanelProps } from './learning-paths-panel.tsx';
export { messages } from './messages.ts';
