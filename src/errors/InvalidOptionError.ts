import type { InvalidOptionCode } from "./codes.js";
import { MrpError } from "./MrpError.js";

/**
 * Thrown by the BOM services when an option value cannot be used. `details.option` names the
 * option and `details.value` holds what was given.
 *
 * @example
 * ```ts
 * try { explode(model, "A", { quantity: -1 }); } catch (e) { (e as InvalidOptionError).code; } //=> "invalid_quantity"
 * ```
 *
 * @category Errors
 */
export class InvalidOptionError extends MrpError {
  /** Always `"InvalidOptionError"`. */
  override readonly name = "InvalidOptionError";
  override readonly code: InvalidOptionCode;

  /**
   * @param code - stable machine code
   * @param option - the option's name
   * @param value - the value given
   * @param message - readable message
   */
  constructor(code: InvalidOptionCode, option: string, value: unknown, message: string) {
    super(code, `${option}: ${message}`, { option, value });
    this.code = code;
  }
}
