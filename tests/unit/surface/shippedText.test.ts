/**
 * What ships: the published declarations (dist/index.d.ts, built by `npm test` before the tests
 * run) leave out the compiled forms marked `@internal`, every export names its topic for the
 * API docs, and no shipped text cites a document users do not have.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));

function filesUnder(dir: string, ext: RegExp, skip: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (skip.includes(rel)) continue;
    if (statSync(join(root, rel)).isDirectory()) out.push(...filesUnder(rel, ext, skip));
    else if (ext.test(name)) out.push(rel);
  }
  return out;
}

describe("the published declarations", () => {
  const dts = join(root, "dist/index.d.ts");

  it("hold none of the compiled forms", () => {
    expect(existsSync(dts), "run the build first (npm test does)").toBe(true);
    const text = readFileSync(dts, "utf8");
    for (const name of ["PlanColumns", "CompiledBom", "ItemEvents", "planningOrder", "parentLines", "readonly columns:", "readonly base?:", "scheduleOrder(", "operationStart("]) {
      expect(text.includes(name), name).toBe(false);
    }
    // what stays public
    for (const name of ["interface Model {", "readonly data: ModelData", "declare function allItemRecords", "declare function formatPlanDate", "type SafeResult<T, E extends Error>", "type MrpErrorCode ="]) {
      expect(text.includes(name), name).toBe(true);
    }
  });
});

describe("shipped text", () => {
  it("never cites SPEC: the guides in docs/ are the users' contract", () => {
    const files = ["README.md", ...filesUnder("src", /\.ts$/), ...filesUnder("docs", /\.md$/, ["docs/api"])];
    const hits = files.filter((f) => readFileSync(join(root, f), "utf8").includes("SPEC"));
    expect(hits).toEqual([]);
  });

  it("gives every export of src/index.ts a @category, so the API docs group it by topic", () => {
    const index = readFileSync(join(root, "src/index.ts"), "utf8");
    const missing: string[] = [];
    for (const m of index.matchAll(/export (?:type )?\{([^}]*)\} from "\.\/([^"]+)\.js";/g)) {
      const source = readFileSync(join(root, `src/${m[2]}.ts`), "utf8");
      for (const spec of m[1]!.split(",").map((x) => x.trim().replace(/^type /, "")).filter(Boolean)) {
        const decl = new RegExp(`^export (?:declare )?(?:abstract )?(?:function|interface|type|class|const) ${spec}\\b`, "m").exec(source);
        const doc = decl === null ? "" : source.slice(source.lastIndexOf("/**", decl.index), decl.index);
        if (!/@category (Model|BOM|Planning|Master schedule|Capacity|Cost|Pricing|CSV and report|Errors)\n/.test(doc)) missing.push(`${m[2]}: ${spec}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
