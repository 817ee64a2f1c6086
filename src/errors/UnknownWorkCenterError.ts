import { errorMessages } from "./messages.js";
import { MrpError } from "./MrpError.js";

/**
 * Thrown when asked about a work center id the model does not have (for example by
 * {@link computeAvailableHours}). `details.workCenter` is the id that was asked for.
 *
 * @example
 * ```ts
 * try { computeAvailableHours(model, "NOPE"); } catch (e) { (e as UnknownWorkCenterError).code; } //=> "unknown_work_center"
 * ```
 *
 * @category Errors
 */
export class UnknownWorkCenterError extends MrpError {
  /** Always `"UnknownWorkCenterError"`. */
  override readonly name = "UnknownWorkCenterError";
  override readonly code = "unknown_work_center";
  /** The id that was asked for. */
  readonly workCenter: string;

  /** @param workCenter - the id that is not in the model */
  constructor(workCenter: string) {
    super("unknown_work_center", errorMessages.unknownWorkCenter(workCenter), { workCenter });
    this.workCenter = workCenter;
  }
}
