// A test plugin whose settings are required and checked: a port and an email address.
import { definePlugin } from '@learning-paths/plugin-api';
import { z } from 'zod';

export default definePlugin({
  id: 'org.example.bad-settings',
  version: '1.0.0',
  apiVersions: [1],
  settings: z.object({ smtpPort: z.coerce.number().int().max(65_535), sender: z.email() }),
  register() {},
});
