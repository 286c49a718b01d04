// Where the test plugins are, and a configuration that loads them.
import { fileURLToPath } from 'node:url';
import type { PluginsConfig } from '../../src/config/config.ts';

/** The absolute path of a test plugin's folder. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}

export function pluginsConfig(
  entries: readonly string[],
  more: Partial<PluginsConfig> = {},
): { plugins: PluginsConfig } {
  return { plugins: { entries, configFile: null, environment: {}, ...more } };
}

/** A log that keeps its lines, to look at. */
export function keptLog() {
  const lines: { level: string; details: object; message: string }[] = [];
  const at = (level: string) => (details: object, message: string) =>
    void lines.push({ level, details, message });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}
