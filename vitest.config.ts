import { defineConfig } from "vitest/config";

// One config for the whole repository. Tests that cross HTTP start real servers on 127.0.0.1:0.
export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: ["test/setup/guards.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
    poolOptions: { forks: { minForks: 1, maxForks: 2 } },
    reporters: process.env.CI ? ["default"] : ["default"],
  },
});
