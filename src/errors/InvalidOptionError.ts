import { MrpError } from "./MrpError.js";

/**
 * The stable codes of {@link InvalidOptionError}:
 * - `invalid_date`: a date option that is not a date of the model's calendar (a whole period
 *   number in period mode, a real ISO `YYYY-MM-DD` date in day mode);
 * - `invalid_quantity`: a quantity option that is negative or not a finite number, or a bound
 *   (`maxOrders`, `maxOrdersPerItem`) that is not a whole number >= 1.
 */
export type InvalidOptionCode = "invalid_date" | "invalid_quantity";

/**
 * Thrown by the BOM services when an option value cannot be used. `details.option` names the
 * option and `details.value` holds what was given.
 *
 * @example
 * ```ts
 * try { explode(model, "A", { quantity: -1 }); } catch (e) { (e as InvalidOptionError).code; } //=> "invalid_quantity"
 * ```
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
