/**
 * The message texts of the error classes, of the plan's record views and of the planning and
 * scheduling options, in one place. Codes are stable; texts may be improved.
 *
 * @internal
 */
export const errorMessages = {
  unknownOrder: (id: string): string => `unknown order ${JSON.stringify(id)}`,
  unknownWorkCenter: (id: string): string => `unknown work center ${JSON.stringify(id)}`,
  notAPlanResult: (): string => "not a plan result made by plan() or replan()",
  /** The planning worker ended without an answer (killed, out of memory). */
  workerStopped: (exitCode: number): string => `the planning worker stopped with exit code ${exitCode} before it answered`,
  /** The planning Web Worker failed before it answered (its script did not load, it ran out of memory). */
  workerFailed: (why: string): string => `the planning worker failed before it answered${why === "" ? "" : `: ${why}`}`,
  /** An option that must be a whole number >= 1 (a plan limit); the option's name comes first. */
  notACount: (v: number): string => `must be a whole number >= 1 (got ${String(v)})`,
  notATick: (v: number): string => `a tick must be a whole number (got ${String(v)})`,
} as const;
