/**
 * The one-line progress indicator of long runs: items planned of the total and the time elapsed,
 * on standard error, only when it is a terminal, only once the run has taken a second, and never
 * with `--quiet`.
 */
import type { PlanProgress } from "../index.js";
import type { CliIO, ParsedArgs } from "./types.js";

/** How long a run goes before the indicator appears (ms). */
export const PROGRESS_AFTER_MS = 1000;

/** A progress reporter for one run: `update` from the plan's callback, `done` at the end. */
export interface ProgressReporter {
  readonly update: ((p: PlanProgress) => void) | undefined;
  done(): void;
}

/** The reporter of a command run: silent unless standard error is a terminal and `--quiet` is absent. */
export function progressReporter(args: ParsedArgs, io: CliIO, what: string): ProgressReporter {
  const sink = io.progress;
  if (sink === undefined || args.options.has("quiet")) return { update: undefined, done: () => undefined };
  const start = sink.now();
  let shown = false;
  return {
    update(p) {
      const ms = sink.now() - start;
      if (ms < PROGRESS_AFTER_MS) return;
      shown = true;
      sink.line(`${what}: ${p.items.toLocaleString("en-US")} of ${p.of.toLocaleString("en-US")} items, ${(ms / 1000).toFixed(1)} s`);
    },
    done() {
      if (shown) sink.clear();
    },
  };
}
