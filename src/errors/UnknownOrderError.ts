import { errorMessages } from "./messages.js";
import { MrpError } from "./MrpError.js";

/**
 * Thrown by {@link pegToDemands} when asked about an order id the plan does not have.
 * `details.order` is the id that was asked for.
 *
 * @example
 * ```ts
 * try { pegToDemands(result, "NOPE#1"); } catch (e) { (e as UnknownOrderError).code; } //=> "unknown_order"
 * ```
 *
 * @category Errors
 */
export class UnknownOrderError extends MrpError {
  /** Always `"UnknownOrderError"`. */
  override readonly name = "UnknownOrderError";
  override readonly code = "unknown_order";
  /** The id that was asked for. */
  readonly order: string;

  /** @param order - the id that is not in the plan */
  constructor(order: string) {
    super("unknown_order", errorMessages.unknownOrder(order), { order });
    this.order = order;
  }
}
