import { MrpError } from "./MrpError.js";

/**
 * Thrown by the master-schedule services (`availableToPromise`) when asked about an item that is
 * a component of another item (low-level code above 0): available-to-promise is kept for end
 * items only. `details.item` is the id asked for and `details.lowLevelCode` its low-level code.
 *
 * @example
 * ```ts
 * try { availableToPromise(plan(model), "WHEEL"); } catch (e) { (e as NotAnEndItemError).code; } //=> "not_an_end_item"
 * ```
 *
 * @category Errors
 */
export class NotAnEndItemError extends MrpError {
  /** Always `"NotAnEndItemError"`. */
  override readonly name = "NotAnEndItemError";
  override readonly code = "not_an_end_item";
  /** The id that was asked for. */
  readonly item: string;
  /** Its low-level code (at least 1). */
  readonly lowLevelCode: number;

  /**
   * @param item - the id of the item
   * @param lowLevelCode - its low-level code
   */
  constructor(item: string, lowLevelCode: number) {
    super(
      "not_an_end_item",
      `${JSON.stringify(item)} is not an end item (low-level code ${lowLevelCode}): available-to-promise is kept for end items only`,
      { item, lowLevelCode },
    );
    this.item = item;
    this.lowLevelCode = lowLevelCode;
  }
}
