import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // vitest's default is one worker fewer than the cores: one, on a two-core machine, where
    // files then wait on each other's processes, browsers and lock delays. One per core (three
    // made the tests that time the built binary miss their 2 s on a busy machine).
    maxWorkers: 2,
    // A test file's imports are kept for the next file of the same worker instead of being
    // loaded again (a third of the suite's time went to that). The modules keep no state a
    // test could see: their caches only remember what they computed, and the few tests that
    // change the environment (vi.stubEnv, process.chdir) put it back.
    isolate: false,
  },
});
