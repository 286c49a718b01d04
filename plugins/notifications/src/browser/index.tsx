// The browser bundle: the "Email notifications" section on each path page of Learn.
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import { NotificationPreferences } from './notification-preferences.tsx';

export default function register(app: BrowserPluginApi) {
  const api: BrowserPluginApi['api'] = (path, options) => app.api(path, options);
  function NotificationsSection() {
    return <NotificationPreferences api={api} />;
  }
  app.slot('learn.path-page.section', NotificationsSection);
}
