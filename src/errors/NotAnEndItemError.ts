import { MrpError } from "./MrpError.js";

/**
 * The error `availableToPromise` threw for a component (low-level code above 0) when
 * available-to-promise was kept for end items. It no longer does: a component sold as a spare
 * part is promised from what its supply leaves after its parents' orders. The class stays so
 * that code catching it still compiles. `details.item` is the id asked for and
 * `details.lowLevelCode` its low-level code.
 *
 * @deprecated Nothing throws it any more; this class goes away in 2.0.
 * @example
 * ```ts
 * new NotAnEndItemError("WHEEL", 1).code; //=> "not_an_end_item"
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
