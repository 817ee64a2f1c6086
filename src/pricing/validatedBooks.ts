/**
 * The books `definePriceBook` validated, so compilation can refuse unvalidated look-alikes. Kept
 * apart from the validation itself, which quoting does not need.
 */
import type { PriceBook } from "./types.js";

const validatedBooks = new WeakSet<PriceBook>();

/** Records a book as validated. */
export function markValidated(book: PriceBook): void {
  validatedBooks.add(book);
}

/** True for a book returned by `definePriceBook` (not a plain object of the same shape). */
export function isValidatedBook(book: unknown): book is PriceBook {
  return typeof book === "object" && book !== null && validatedBooks.has(book as PriceBook);
}
