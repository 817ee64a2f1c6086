import { defineConfig } from "tsup";

/**
 * The library is built for every runtime (browsers, Node, Deno, Bun, workers) and the command-line
 * tool for Node. The ESM build keeps one module per source file, so that with `sideEffects: false`
 * a bundler keeps only the modules a program imports (docs/decisions.md, "One entry, one module per
 * source file"). The declarations are rolled into one file per format; CommonJS, for Node's
 * `require`, is one file.
 */
export default defineConfig([
  {
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    dts: false,
    sourcemap: false,
    clean: true,
    platform: "neutral",
    target: "es2022",
    // planInWorker (dist/worker/planInWorker.js) starts the worker script beside it
    define: { __MRPKIT_PLAN_WORKER__: JSON.stringify("./planWorker.js") },
  },
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    // CSV import decodes bytes with TextDecoder, a global of every runtime, typed by Node's types
    // (as the typecheck types it): ES2022's lib has no TextDecoder
    dts: { only: true, compilerOptions: { types: ["node"] } },
  },
  // the worker entry's declarations in a build of their own: rolled up together with the index's,
  // the types both use would move to a shared chunk and out of dist/index.d.ts
  {
    entry: { worker: "src/worker/index.ts" },
    format: ["esm", "cjs"],
    dts: { only: true },
  },
  {
    entry: { index: "src/index.ts", worker: "src/worker/index.ts" },
    format: ["cjs"],
    dts: false,
    target: "node20",
    // dist/worker.cjs starts the ESM worker script of the per-file build, dist/worker/planWorker.js
    shims: true,
    define: { __MRPKIT_PLAN_WORKER__: JSON.stringify("./worker/planWorker.js") },
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    // The command-line tool is one file with its dependencies in it: Node resolves, reads and
    // compiles each ES module file on its own, and zod alone is some sixty of them, a tenth of a
    // second at every start of the tool. The library build keeps them as dependencies.
    noExternal: ["zod", "string-width", "immer"],
  },
]);
