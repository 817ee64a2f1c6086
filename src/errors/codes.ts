/**
 * Every stable code an {@link MrpError} carries, by the error class that throws it:
 *
 * - {@link ModelError}: `invalid_model`
 * - {@link CsvImportError}: `invalid_csv`
 * - {@link PriceBookError}: `invalid_price_book`
 * - {@link UnknownItemError}: `unknown_item`
 * - {@link UnknownOrderError}: `unknown_order`
 * - {@link UnknownWorkCenterError}: `unknown_work_center`
 * - {@link InvalidOptionError}: `invalid_date`, `invalid_quantity` ({@link InvalidOptionCode})
 * - {@link NotAnEndItemError}: `not_an_end_item` (deprecated: no longer thrown)
 * - {@link PlanLimitError}: `plan_limit`
 * - {@link QuoteError}: `no_price`, `unknown_channel`, `unknown_agreement`, `invalid_request`
 *   ({@link QuoteErrorCode})
 * - {@link MrpError} itself: `not_a_plan_result`, for a value passed as a plan result that
 *   {@link plan} or {@link replan} did not make.
 *
 * Codes are stable across versions; message texts may be improved. The codes of single
 * problems inside `issues` (such as `unknown_reference`) are a separate, open set.
 *
 * @category Errors
 */
export type MrpErrorCode =
  | "invalid_model"
  | "invalid_csv"
  | "invalid_price_book"
  | "unknown_item"
  | "unknown_order"
  | "unknown_work_center"
  | InvalidOptionCode
  | "not_an_end_item"
  | "plan_limit"
  | QuoteErrorCode
  | "not_a_plan_result";

/**
 * The stable codes of {@link InvalidOptionError}:
 * - `invalid_date`: a date option that is not a date of the model's calendar (a whole period
 *   number in period mode, a real ISO `YYYY-MM-DD` date in day mode);
 * - `invalid_quantity`: a quantity option that is negative or not a finite number, or a bound
 *   (`maxOrders`, `maxOrdersPerItem`) that is not a whole number >= 1.
 *
 * @category Errors
 */
export type InvalidOptionCode = "invalid_date" | "invalid_quantity";

/**
 * The stable codes of {@link QuoteError}:
 * - `no_price`: no price applies to the request in the channel or any ancestor;
 * - `unknown_channel`: the request names a channel the book does not have;
 * - `unknown_agreement`: a rebate agreement id the book does not have;
 * - `invalid_request`: the request (or the sales lines) failed validation; see `issues`.
 *
 * @category Errors
 */
export type QuoteErrorCode = "no_price" | "unknown_channel" | "unknown_agreement" | "invalid_request";
