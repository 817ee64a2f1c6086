/**
 * A closed pipe (`mrpkit plan big.json --format csv | head -1`) ends the command quietly with
 * exit code 0: the reader has what it wanted.
 */
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { endQuietlyOnClosedPipe } from "../../src/cli/main.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A 3,000-item chain over 52 periods: its CSV plan is several megabytes, more than a pipe holds. */
function bigModel(): string {
  const n = 3000;
  const items = Array.from({ length: n }, (_, k) => ({ id: `I${k}`, source: k === n - 1 ? "buy" : "make", leadTime: 1 }));
  const bom = Array.from({ length: n - 1 }, (_, k) => ({ parent: `I${k}`, child: `I${k + 1}`, quantity: 1 }));
  const demands = Array.from({ length: 52 }, (_, k) => ({ id: `SO-${k + 1}`, item: "I0", due: k + 1, quantity: 10 }));
  return JSON.stringify({ calendar: { periods: 52 }, items, bom, demands });
}

describe("a closed standard output", () => {
  it("ends the process with exit 0 and nothing on stderr when the reader stops after the first line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mrpkit-pipe-"));
    const model = join(dir, "big.json");
    writeFileSync(model, bigModel());
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli/main.ts"), "plan", model, "--format", "csv"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    let first = "";
    child.stdout.setEncoding("utf8").once("data", (t: string) => {
      first = t.split("\n")[0]!;
      child.stdout.destroy(); // as `head -1` does once it has its line
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(first).toBe("item,lowLevelCode,period,grossRequirements,scheduledReceipts,projectedOnHand,netRequirements,plannedOrderReceipts,plannedOrderReleases");
    expect(stderr).toBe("");
    expect(code).toBe(0);
  }, 120_000);

  it("ends with 0 on EPIPE, and with 1 and a sentence on any other write error", () => {
    const stream = new EventEmitter();
    const exits: number[] = [];
    let err = "";
    endQuietlyOnClosedPipe(stream as never, (c) => void exits.push(c), (t) => void (err += t));
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect([exits, err]).toEqual([[0], ""]);
    stream.emit("error", Object.assign(new Error("no space left on device"), { code: "ENOSPC" }));
    expect([exits, err]).toEqual([[0, 1], "mrpkit: cannot write the output: no space left on device\n"]);
  });
});
