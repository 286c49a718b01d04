// A test plugin written for a plugin API this service does not have.
import { definePlugin } from '@learning-paths/plugin-api';

export default definePlugin({
  id: 'org.example.future',
  version: '2.0.0',
  apiVersions: [2],
  register() {},
});
