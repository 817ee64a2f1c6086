import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

describe("examples/capacity-of-a-workshop.ts", () => {
  it("runs and prints the bottleneck, the leveling and the cart's cost", () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    // the example imports `mrpkit`; tsconfig.test.json maps that name to the sources
    const env = { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.test.json" };
    const out = execFileSync(process.execPath, ["--import", "tsx", "examples/capacity-of-a-workshop.ts"], { cwd: root, env, encoding: "utf8" });
    expect(out).toContain("FRAME x 10 due at tick 6: release at tick 4\n");
    expect(out).toContain("WELD: peak utilization 1.4, 1 overload(s)\n  period 5: 4.2 h on 3 h (FRAME#3)\n");
    expect(out).toContain("level: FRAME#3 op 20 on WELD starts in period 3 instead of 5, 0 h unplaced\n");
    expect(out).toContain("unplaced hours: 0, late orders: 0\n");
    expect(out).toContain("CART unit cost 79.675: material 19.6, setup 8.425, labour 49.25, outsourced 2.4\n");
  }, 30_000);
});
