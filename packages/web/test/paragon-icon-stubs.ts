// Component tests: Paragon's icon package cannot load in Node (its ES module imports a folder), so
// every test file gets icons that draw nothing (vitest.config.ts lists this file in setupFiles).
import { vi } from 'vitest';

const drawNothing = () => null;

vi.mock(
  '@openedx/paragon/icons',
  () =>
    new Proxy({}, { get: (_target, name) => (name === 'then' ? undefined : drawNothing), has: () => true }),
);
