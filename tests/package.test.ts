/**
 * The published package as a user gets it: `npm pack` the built package, install the tarball
 * with zod into a scratch project outside the repository (offline, from the npm cache), then
 * import it from ESM, require it from CommonJS, run its CLI, and type-check a TypeScript file
 * against the shipped declarations with node16 and bundler resolution.
 *
 * It tests `dist/` as it is: `npm test` builds first; when `dist/` is missing it is built here.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

let scratch = "";
let consumer = "";
let tarball = "";

const sh = (file: string, args: readonly string[], cwd: string): string =>
  execFileSync(file, args, { cwd, encoding: "utf8", timeout: 120_000, stdio: ["ignore", "pipe", "pipe"] });
const node = (args: readonly string[]): string => sh(process.execPath, args, consumer);

const model = `{ calendar: { periods: 3 }, items: [{ id: "A", source: "buy", leadTime: 1 }], demands: [{ id: "SO", item: "A", due: 3, quantity: 7 }] }`;

beforeAll(() => {
  if (!existsSync(join(root, "dist", "index.js")) || !existsSync(join(root, "dist", "index.d.cts"))) {
    sh(process.execPath, [join(root, "node_modules", "tsup", "dist", "cli-default.js")], root);
  }
  scratch = mkdtempSync(join(tmpdir(), "mrpkit-package-"));
  // --ignore-scripts: pack dist/ as it is, without the prepare build
  sh(npm, ["pack", "--ignore-scripts", "--pack-destination", scratch, "--silent"], root);
  tarball = join(scratch, readdirSync(scratch).find((f) => f.endsWith(".tgz"))!);
  consumer = join(scratch, "consumer");
  sh(process.execPath, ["-e", `require("fs").mkdirSync(${JSON.stringify(consumer)})`], scratch);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  sh(npm, ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball, "zod"], consumer);
}, 180_000);

afterAll(() => {
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("ships dist, the README and package.json only", () => {
    const files = sh("tar", ["-tzf", tarball], scratch).trim().split("\n").sort();
    expect(files).toContain("package/dist/index.js");
    expect(files).toContain("package/dist/index.cjs");
    expect(files).toContain("package/dist/index.d.ts");
    expect(files).toContain("package/dist/index.d.cts");
    expect(files).toContain("package/dist/cli.js");
    expect(files.filter((f) => !f.startsWith("package/dist/") && !/^package\/(README\.md|package\.json|LICENSE)$/.test(f))).toEqual([]);
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
  });
});
