// A test plugin with settings and nothing else: the settings routes' subject in the authorization matrix.
import { definePlugin } from '@learning-paths/plugin-api';
import { z } from 'zod';

export default definePlugin({
  id: 'org.example.settings-only',
  version: '1.0.0',
  apiVersions: [1],
  settings: z.object({ colour: z.string().default('blue') }),
  register() {},
});
