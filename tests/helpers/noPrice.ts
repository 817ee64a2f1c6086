/** Quotes compared by the pricing properties, where "no price" is an answer too. */
import type { QuoteResult } from "../../src/index.js";

/** The quote `f` makes, or "no_price" when it throws that error; any other error is thrown. */
export function orNoPrice(f: () => QuoteResult): QuoteResult | "no_price" {
  try {
    return f();
  } catch (e) {
    if ((e as { code?: string }).code === "no_price") return "no_price";
    throw e;
  }
}
