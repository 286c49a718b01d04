// A test plugin whose command's name comes from its settings, to clash with a core or a plugin command.
import { definePlugin } from '@learning-paths/plugin-api';
import { z } from 'zod';

export default definePlugin({
  id: 'org.example.clash',
  version: '1.0.0',
  apiVersions: [1],
  settings: z.object({ name: z.string().default('clash') }),
  register(host) {
    host.command({ name: host.settings.name, description: 'Clash.', run: () => 0 });
  },
});
