// The plugin for frontend-app-learner-dashboard's org.openedx.frontend.learner_dashboard.widget_sidebar.v1 slot.
export { MyPathsWidget } from './my-paths-widget.tsx';
export { messages } from './messages.ts';
