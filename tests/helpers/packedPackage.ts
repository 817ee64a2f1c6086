/**
 * The published package as a user gets it, for the tests that use it (tests/package.test.ts and
 * the browser test of the bundles). It builds the package itself (tsup into a scratch directory,
 * so it never tests a stale `dist/`), packs it with `npm pack`, and installs the tarball with its
 * runtime and peer dependencies into a scratch project outside the repository. Those dependencies
 * are packed from `node_modules` and installed from their tarballs, offline: the install needs
 * neither the registry nor anything in the npm cache, so it works on a fresh machine.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root directory. */
export const root = fileURLToPath(new URL("../../", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** A file inside an installed dev dependency of the repository. */
export const bin = (name: string, ...path: string[]): string => join(root, "node_modules", name, ...path);

/** Runs a program and returns what it printed; a non-zero exit throws with its output. */
export const sh = (file: string, args: readonly string[], cwd: string): string =>
  execFileSync(file, args, { cwd, encoding: "utf8", timeout: 170_000, stdio: ["ignore", "pipe", "pipe"] });

/** Packs `dir` into `destination` without running its scripts; returns the tarball's path. */
function pack(dir: string, destination: string): string {
  const name = sh(npm, ["pack", "--ignore-scripts", "--silent", "--pack-destination", destination, dir], destination).trim().split("\n").pop()!;
  return join(destination, name);
}

/** A scratch project with the packed package installed. */
export interface PackedPackage {
  /** The scratch directory holding everything; `remove` deletes it. */
  readonly scratch: string;
  /** The project that installed the package (its `node_modules/mrpkit` is the packed package). */
  readonly consumer: string;
  /** The package's tarball. */
  readonly tarball: string;
  /** Deletes the scratch directory. */
  remove(): void;
}

/** The package's tarball and those of its runtime and peer dependencies. */
interface Tarballs {
  readonly tarball: string;
  readonly depTarballs: readonly string[];
}

/** Builds the package from the sources and packs it and its dependencies into `scratch`. */
function packTarballs(scratch: string): Tarballs {
  // the package as `npm pack` in the repository would pack it, built here from the sources
  const source = join(scratch, "mrpkit");
  mkdirSync(source);
  sh(process.execPath, [bin("tsup", "dist", "cli-default.js"), "--silent", "--out-dir", join(source, "dist")], root);
  for (const f of ["package.json", "README.md", "LICENSE"]) copyFileSync(join(root, f), join(source, f));
  const tarball = pack(source, scratch);

  // the runtime and peer dependencies and theirs, packed from node_modules. Each is found as
  // Node finds it: in the node_modules beside the package that needs it, then in the folders
  // above, so a nested version (string-width's own strip-ansi) wins over a hoisted one.
  const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string; dependencies?: object; peerDependencies?: object };
  const resolve = (name: string, from: string): string => {
    for (let dir = from; ; dir = dirname(dir)) {
      const candidate = join(dir, "node_modules", name);
      if (existsSync(join(candidate, "package.json"))) return candidate;
      if (dir === root || dirname(dir) === dir) throw new Error(`cannot find ${name} from ${from}`);
    }
  };
  const manifest = manifestOf(root);
  const wanted: [name: string, from: string][] = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})].map((d) => [d, root]);
  const found = new Map<string, string>();
  while (wanted.length > 0) {
    const [name, from] = wanted.pop()!;
    const dir = resolve(name, from);
    const known = found.get(name);
    if (known !== undefined) {
      if (manifestOf(known).version !== manifestOf(dir).version) throw new Error(`${name} is needed in two versions (${known}, ${dir}): the consumer's install cannot hold both at its root`);
      continue;
    }
    found.set(name, dir);
    wanted.push(...Object.keys(manifestOf(dir).dependencies ?? {}).map((d): [string, string] => [d, dir]));
  }
  const depDir = join(scratch, "deps");
  mkdirSync(depDir);
  const depTarballs = [...found.keys()].sort().map((d) => pack(found.get(d)!, depDir));
  return { tarball, depTarballs };
}

/**
 * The tarballs, built once per test run. The run's global setup (tests/helpers/packOnce.ts) names
 * an empty directory in `MRPKIT_PACK_DIR`; the first test file that needs the package builds into
 * it under a lock, the others wait for its answer. Without the variable (a test file run by
 * another runner) the tarballs are built into `scratch`.
 */
function sharedTarballs(scratch: string): Tarballs {
  const dir = process.env.MRPKIT_PACK_DIR;
  if (dir === undefined || !existsSync(dir)) return packTarballs(scratch);
  const done = join(dir, "tarballs.json");
  const failed = join(dir, "failed.txt");
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (const deadline = Date.now() + 600_000; Date.now() < deadline; ) {
    if (existsSync(done)) return JSON.parse(readFileSync(done, "utf8")) as Tarballs;
    if (existsSync(failed)) throw new Error(`building the package failed in another test file: ${readFileSync(failed, "utf8")}`);
    try {
      mkdirSync(join(dir, "lock"));
    } catch {
      Atomics.wait(pause, 0, 0, 250);
      continue;
    }
    try {
      const built = packTarballs(mkdtempSync(join(dir, "build-")));
      writeFileSync(`${done}.tmp`, JSON.stringify(built));
      renameSync(`${done}.tmp`, done);
      return built;
    } catch (error) {
      writeFileSync(failed, String(error));
      throw error;
    }
  }
  throw new Error(`no package was built in ${dir} within 10 minutes`);
}

/** Packs the package (once per test run) and installs it into a new scratch project. */
export function installPackedPackage(): PackedPackage {
  const scratch = mkdtempSync(join(tmpdir(), "mrpkit-package-"));
  const { tarball, depTarballs } = sharedTarballs(scratch);
  const consumer = join(scratch, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  sh(npm, ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball, ...depTarballs], consumer);
  return { scratch, consumer, tarball, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}
