import { bomMessages } from "./bomMessages.js";
import { MrpError } from "./MrpError.js";

/**
 * Thrown by the BOM services (`explode`, `whereUsed`, `cumulativeLeadTime`) when asked about an
 * item id the model does not have. `details.item` is the id that was asked for.
 *
 * @example
 * ```ts
 * try { explode(model, "NOPE"); } catch (e) { (e as UnknownItemError).code; } //=> "unknown_item"
 * ```
 *
 * @category Errors
 */
export class UnknownItemError extends MrpError {
  /** Always `"UnknownItemError"`. */
  override readonly name = "UnknownItemError";
  override readonly code = "unknown_item";
  /** The id that was asked for. */
  readonly item: string;

  /** @param item - the id that is not in the model */
  constructor(item: string) {
    super("unknown_item", bomMessages.unknownItem(item), { item });
    this.item = item;
  }
}
