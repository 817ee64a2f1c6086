/**
 * The published package as a user gets it. tests/helpers/packedPackage.ts builds the package (tsup into a
 * scratch directory, so it never tests a stale `dist/`), packs it with `npm pack`, and installs
 * the tarball with zod into a scratch project outside the repository. The runtime dependencies
 * are packed from `node_modules` and installed from those tarballs, offline: the install needs
 * neither the registry nor anything in the npm cache, so it passes on a fresh machine.
 *
 * Then it imports the package from ESM, requires it from CommonJS, runs its CLI, type-checks a
 * TypeScript file against the shipped declarations with node16 and bundler resolution, lints the
 * tarball (publint, attw), checks that installing it runs no script, and bundles it as a web
 * application would: size budgets, nothing kept that is not imported, no Node built-in or global.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bin, installPackedPackage, sh, type PackedPackage } from "./helpers/packedPackage.ts";

let packed: PackedPackage | undefined;
let scratch = "";
let consumer = "";
let tarball = "";

const node = (args: readonly string[], cwd = consumer): string => sh(process.execPath, args, cwd);
const tsc = bin("typescript", "bin", "tsc");

const model = `{ calendar: { periods: 3 }, items: [{ id: "A", source: "buy", leadTime: 1 }], demands: [{ id: "SO", item: "A", due: 3, quantity: 7 }] }`;

beforeAll(() => {
  packed = installPackedPackage();
  ({ scratch, consumer, tarball } = packed);
}, 300_000);

afterAll(() => {
  packed?.remove();
});

describe("the packed package", () => {
  it("ships dist, the README, the licence and package.json only", () => {
    const files = sh("tar", ["-tzf", tarball], scratch).trim().split("\n").sort();
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/index.cjs");
    expect(files).toContain("package/dist/index.d.ts");
    expect(files).toContain("package/dist/index.d.cts");
    expect(files).toContain("package/dist/cli.js");
    expect(files).toContain("package/LICENSE");
    expect(files.filter((f) => !f.startsWith("package/dist/") && !/^package\/(README\.md|package\.json|LICENSE)$/.test(f))).toEqual([]);
  });

  it("runs no script when it is installed", () => {
    const installed = JSON.parse(readFileSync(join(consumer, "node_modules", "mrpkit", "package.json"), "utf8")) as { scripts?: Record<string, string> };
    const installScripts = ["preinstall", "install", "postinstall", "prepare"].filter((s) => installed.scripts?.[s] !== undefined);
    expect(installScripts).toEqual([]);
    // and npm agrees: it records no install script for the installed package
    const lock = JSON.parse(readFileSync(join(consumer, "package-lock.json"), "utf8")) as { packages: Record<string, { hasInstallScript?: boolean }> };
    expect(lock.packages["node_modules/mrpkit"]?.hasInstallScript).toBeUndefined();
  });

  it("imports from ESM", () => {
    writeFileSync(join(consumer, "esm.mjs"), `import { defineModel, plan } from "mrpkit";
const r = plan(defineModel(${model}));
console.log(JSON.stringify(r.plannedOrders.map((o) => [o.id, o.quantity, o.release, o.due])));
`);
    expect(node(["esm.mjs"]).trim()).toBe('[["A#1",7,2,3]]');
  });

  it("requires from CommonJS", () => {
    writeFileSync(join(consumer, "cjs.cjs"), `const { defineModel, plan, ModelError } = require("mrpkit");
const r = plan(defineModel(${model}));
let code = "";
try { defineModel({ calendar: { periods: 0 }, items: [] }); } catch (e) { code = e instanceof ModelError ? e.name : "other"; }
console.log(JSON.stringify(r.plannedOrders.map((o) => [o.id, o.quantity, o.release, o.due])), code);
`);
    expect(node(["cjs.cjs"]).trim()).toBe('[["A#1",7,2,3]] ModelError');
  });

  it("plans in a worker from mrpkit/worker, by import and by require", () => {
    writeFileSync(join(consumer, "worker.mjs"), `import { planInWorker } from "mrpkit/worker";
const r = await planInWorker(${model});
console.log(JSON.stringify(r.plannedOrders.map((o) => [o.id, o.quantity, o.release, o.due])));
`);
    expect(node(["worker.mjs"]).trim()).toBe('[["A#1",7,2,3]]');
    writeFileSync(join(consumer, "worker.cjs"), `const { planInWorker } = require("mrpkit/worker");
planInWorker(${model}).then((r) => console.log(JSON.stringify(r.plannedOrders.map((o) => [o.id, o.quantity]))));
`);
    expect(node(["worker.cjs"]).trim()).toBe('[["A#1",7]]');
  });

  it("runs its command-line tool", () => {
    const out = node([join(consumer, "node_modules", ".bin", "mrpkit"), "--help"]);
    expect(out).toContain("usage: mrpkit <command>");
  });

  it("type-checks against the shipped declarations with node16 and bundler resolution", () => {
    const source = `import { defineModel, plan, ModelError, type ModelInput, type PlannedOrder } from "mrpkit";
const input: ModelInput = { calendar: { periods: 3 }, items: [{ id: "A", source: "buy" }] };
const orders: readonly PlannedOrder[] = plan(defineModel(input)).plannedOrders;
export const n: number = orders.length;
export const isModelError = (e: unknown): e is ModelError => e instanceof ModelError;
`;
    writeFileSync(join(consumer, "use.ts"), source); // CommonJS under node16 (no "type": "module")
    writeFileSync(join(consumer, "use.mts"), source); // ESM under node16
    writeFileSync(join(consumer, "wrong.ts"), `import { plan } from "mrpkit";\nexport const s: string = plan;\n`);
    const check = (module: string, resolution: string, files: string[], skipLibCheck = false) =>
      node([tsc, "--noEmit", "--strict", "--exactOptionalPropertyTypes", "--target", "es2022", "--module", module, "--moduleResolution", resolution, ...(skipLibCheck ? ["--skipLibCheck"] : []), ...files]);
    // the declarations themselves are checked once (with zod's), then only their use
    expect(check("node16", "node16", ["use.ts", "use.mts"])).toBe("");
    expect(check("esnext", "bundler", ["use.ts"], true)).toBe("");
    // the declarations are really read: a wrong use fails
    let output = "";
    try {
      check("esnext", "bundler", ["wrong.ts"], true);
    } catch (e) {
      output = String((e as { stdout?: unknown }).stdout);
    }
    expect(output).toContain("is not assignable to type 'string'");
  }, 180_000);

  it("passes publint (strict) and attw with every resolution mode", () => {
    // both exit non-zero on a problem, which fails the test with their report
    expect(node([bin("publint", "src", "cli.js"), "run", "--strict", tarball], scratch)).toContain("All good!");
    node([bin("@arethetypeswrong", "cli", "dist", "index.js"), tarball, "--format", "ascii", "--exclude-entrypoints", "worker"], scratch);
    // mrpkit/worker is a subpath export: TypeScript's node10 resolution predates exports and
    // cannot see it, so the worker entry is checked with the resolutions that can (node16, bundler)
    node([bin("@arethetypeswrong", "cli", "dist", "index.js"), tarball, "--format", "ascii", "--profile", "node16", "--entrypoints", "worker"], scratch);
  }, 120_000);
});

/** What a bundler makes of a program that imports `source` from the installed package. */
async function bundle(name: string, source: string, platform: "browser" | "neutral" = "browser", format: "esm" | "iife" = "esm", define: Record<string, string> = {}) {
  // esbuild is the bundler tsup itself runs on
  const { build } = await import("esbuild");
  const entry = join(consumer, `${name}.mjs`);
  writeFileSync(entry, source);
  const out = await build({ entryPoints: [entry], bundle: true, platform, format, ...(format === "iife" ? { globalName: "lib" } : {}), define, minify: true, write: false, metafile: true, logLevel: "silent" });
  const output = Object.values(out.metafile.outputs)[0]!;
  return {
    code: out.outputFiles[0]!.text,
    bytes: out.outputFiles[0]!.contents.length,
    // the modules that put code into the bundle (the metafile also lists those tree-shaken away)
    inputs: Object.entries(output.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([f]) => f),
    // what the bundle still imports at run time
    imports: output.imports.map((i) => i.path),
  };
}

describe("bundles of the packed package", () => {
  // bytes of minified JavaScript, with everything it needs (zod, immer); see README, "Runtimes"
  const budgets: Record<string, [source: string, limit: number]> = {
    "defineModel + plan": [`export { defineModel, plan } from "mrpkit";\n`, 150_000],
    quote: [`export { quote } from "mrpkit";\n`, 60_000],
    "the whole library": [`export * from "mrpkit";\n`, 350_000],
  };

  it.each(Object.keys(budgets))("bundles %s for the browser within its size budget", async (what) => {
    const [source, limit] = budgets[what]!;
    const { code, bytes, inputs } = await bundle(`budget-${what.replace(/\W+/g, "-")}`, source);
    console.log(`browser bundle of ${what}: ${bytes} bytes minified, ${gzipSync(code).length} gzipped (budget ${limit})`);
    expect(bytes).toBeLessThanOrEqual(limit);
    // zod comes in as the modules used, not the whole library with its locales
    expect(inputs.some((f) => f.includes("zod/v4/"))).toBe(true);
    expect(inputs.filter((f) => f.includes("zod/v4/locales/") && !f.endsWith("/en.js"))).toEqual([]);
  });

  it("keeps only the modules a program imports", async () => {
    // importing the package for nothing bundles to nothing: no module does work at load time
    expect((await bundle("empty", `import "mrpkit";\n`)).bytes).toBe(0);
    // planning does not bring CSV parsing, the report, the price book or immer
    const { inputs } = await bundle("plan-only", `export { defineModel, plan } from "mrpkit";\n`);
    expect(inputs.filter((f) => /csv-parse|immer|\/(io|pricing|cli)\//.test(f))).toEqual([]);
    expect(inputs.some((f) => f.endsWith("mrpkit/dist/mrp/plan.js"))).toBe(true);
  });

  it("reaches no Node built-in and needs no Node global from the library entry", async () => {
    // platform "neutral" knows no Node built-in: an import of one would fail the build
    // immer's ESM build reads process.env.NODE_ENV at load time, which every bundler replaces
    // (esbuild and Vite for the browser, webpack, wrangler); the bundle here replaces it the same way
    const production = { "process.env.NODE_ENV": '"production"' };
    const { code, inputs, imports } = await bundle("neutral", `export * from "mrpkit";\n`, "neutral", "iife", production);
    expect(imports).toEqual([]);
    expect(inputs.filter((f) => f.startsWith("node:") || /^(fs|path|url|buffer|stream|util|os)$/.test(f))).toEqual([]);
    // loaded and used in a bare JavaScript context: no Buffer, process, require, TextDecoder or global
    type Lib = {
      defineModel(input: unknown): unknown;
      plan(model: unknown): { plannedOrders: readonly { id: string; quantity: number; release: number; due: number }[] };
      importCsv(tables: unknown, options: unknown): unknown;
    };
    const sandbox: Record<string, unknown> = {};
    const lib = runInNewContext(`${code}\n;lib`, sandbox) as Lib;
    // the bundle's own name, and zod's shared configuration, which zod keeps on globalThis
    expect(Object.keys(sandbox).filter((k) => !k.startsWith("__zod_"))).toEqual(["lib"]);
    const orders = (input: unknown) => lib.plan(lib.defineModel(input)).plannedOrders.map((o) => [o.id, o.quantity, o.release, o.due]);
    const input = { calendar: { periods: 3 }, items: [{ id: "A", source: "buy", leadTime: 1 }], demands: [{ id: "SO", item: "A", due: 3, quantity: 7 }] };
    expect(orders(input)).toEqual([["A#1", 7, 2, 3]]);
    const csv = {
      items: { file: "items.csv", text: "part_number,source,lead_time\nA,buy,1\n" },
      demands: { file: "demands.csv", text: "demand_id,part_number,due,quantity\nSO,A,3,7\n" },
    };
    expect(orders(lib.importCsv(csv, { calendar: { periods: 3 } }))).toEqual([["A#1", 7, 2, 3]]);
  });
});
