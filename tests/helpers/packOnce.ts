/**
 * Global setup of the test run: an empty directory where the first test file that needs the
 * packed package builds it, so the package test and the browser tests share one build
 * (tests/helpers/packedPackage.ts). Removed when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "mrpkit-pack-"));
  process.env.MRPKIT_PACK_DIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
