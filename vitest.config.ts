import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // the package test and the browser tests share one packed build of the package
    globalSetup: ["tests/helpers/packOnce.ts"],
    // tests/types/*.test-d.ts hold compile-time assertions (expectTypeOf, @ts-expect-error):
    // `vitest run` type-checks them with tsc and fails on a wrong type
    typecheck: {
      enabled: true,
      include: ["tests/types/**/*.test-d.ts"],
      tsconfig: "./tsconfig.test.json",
      ignoreSourceErrors: false,
    },
    // the JSON report lets .ci/run print one closing line with the counts
    reporters: ["default", ["json", { outputFile: ".tmp/vitest-report.json" }]],
  },
});
