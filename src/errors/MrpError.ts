import type { MrpErrorCode } from "./codes.js";

/**
 * Base class of every error mrpkit throws. Tests and callers branch on `code` (stable), never on
 * the message text.
 *
 * @example
 * ```ts
 * try { defineModel(json); } catch (e) { if (e instanceof MrpError) console.log(e.code); }
 * ```
 *
 * @category Errors
 */
export class MrpError extends Error {
  /** The error's class name, stable across versions: test it instead of the message. */
  override readonly name: string = "MrpError";
  /** Stable machine code, e.g. `"invalid_model"`; see {@link MrpErrorCode}. */
  readonly code: MrpErrorCode;
  /** Structured details for machines. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - stable machine code
   * @param message - readable message
   * @param details - structured details
   */
  constructor(code: MrpErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
