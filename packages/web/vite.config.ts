// Builds the two web apps, Studio (/studio/) and Learn (/learn/), into dist/, served by the
// server; `npm run dev` serves them with hot reload and proxies the API to a running server.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [react()],
  // @learning-paths/core from its TypeScript sources (the "source" export condition), not its build.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: { studio: here('studio/index.html'), learn: here('learn/index.html') } },
  },
  server: {
    proxy: {
      '/api': process.env.API_URL ?? 'http://127.0.0.1:3000',
      '/healthz': process.env.API_URL ?? 'http://127.0.0.1:3000',
    },
  },
});
