import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // the test files of one worker share its modules instead of loading them again for each of
    // the hundred files: a third off the run. The library keeps no state a test could leave
    // behind (its caches are keyed by the models they hold, its counters are read as
    // differences), and the suite passes in shuffled order (docs/decisions-tests.md).
    isolate: false,
    // the package test and the browser tests share one packed build of the package
    globalSetup: ["tests/helpers/packOnce.ts"],
    // tests/types/*.test-d.ts hold compile-time assertions (expectTypeOf, @ts-expect-error):
    // `npm run typecheck` compiles them with tsconfig.test.json and fails on a wrong type, so
    // `vitest run` does not type-check them a second time (ten seconds of every `npm test`);
    // `npx vitest --typecheck` runs them as tests when one wants their names in a report
    typecheck: {
      enabled: false,
      include: ["tests/types/**/*.test-d.ts"],
      tsconfig: "./tsconfig.test.json",
      ignoreSourceErrors: false,
    },
    // the JSON report lets .ci/run print one closing line with the counts
    reporters: ["default", ["json", { outputFile: ".tmp/vitest-report.json" }]],
  },
});
