/**
 * Territory check (窜货, cross-territory selling): every sales line whose region lies outside
 * every grant its partner holds for that sku on that date, with the partners that do hold it.
 *
 * Complexity: O(n · g) for n sales lines and g grants of the line's partner, plus the holders
 * lookup over the grants of the same top-level region. Reference: selective and exclusive
 * distribution agreements (territory clauses).
 */
import type { SafeResult } from "../errors/SafeResult.js";
import { QuoteError } from "../errors/QuoteError.js";
import { inWindow } from "../internal/dates.js";
import { readSales } from "./readSales.js";
import { regionContains, skuMatches } from "./regions.js";
import type { SalesLineInput } from "./schema.js";
import type { PriceBook, TerritoryGrant } from "./types.js";

/**
 * A sale outside its partner's territory.
 *
 * @category Pricing
 */
export interface CrossTerritorySale {
  /** Index of the line in the sales array. */
  readonly index: number;
  /** The line's id, or null. */
  readonly id: string | null;
  /** The selling partner. */
  readonly partner: string;
  /** The sku sold. */
  readonly sku: string;
  /** The sale date. */
  readonly date: string;
  /** Where it was sold. */
  readonly region: string;
  /** `no_grant`: the partner holds no grant for the sku on the date; `outside_grants`: it holds some, elsewhere. */
  readonly reason: "no_grant" | "outside_grants";
  /** Other partners holding a grant containing the region for the sku on the date, sorted. */
  readonly holders: readonly string[];
  /** The holder of an exclusive grant there, or null. */
  readonly exclusiveHolder: string | null;
}

/**
 * The result of {@link checkTerritories}.
 *
 * @category Pricing
 */
export interface TerritoryReport {
  /** Sales lines checked (those with a region). */
  readonly checked: number;
  /** Sales lines without a region, which cannot be checked. */
  readonly unchecked: number;
  /** The cross-territory sales, in input order. */
  readonly crossTerritory: readonly CrossTerritorySale[];
}

/**
 * The former name of `SafeResult<TerritoryReport, QuoteError>`.
 *
 * @deprecated Use {@link SafeResult}`<TerritoryReport, QuoteError>`; this name goes away in 2.0.
 *
 * @category Pricing
 */
export type SafeCheckTerritoriesResult = SafeResult<TerritoryReport, QuoteError>;

/**
 * Reports sales outside the seller's territory grants.
 *
 * A grant covers a line when its partner is the seller, its sku pattern matches the sku, its
 * region contains the line's region and `from <= date < to`. A line no grant of its partner
 * covers is a cross-territory sale; the report names the partners whose grants do cover it.
 * A partner without any grant for the sku is reported too (`no_grant`): where territories are
 * managed, selling without one is the violation.
 *
 * @param book - a validated book with `territories`
 * @param sales - sales lines `{ partner, sku, date, amount, region? }`
 * @returns the lines checked and the cross-territory sales
 * @throws {@link QuoteError} `invalid_request` with the issues of the sales lines
 * @example
 * ```ts
 * // territories: P1 holds CN-ZJ exclusively, P2 holds CN-JS
 * checkTerritories(book, [{ partner: "P2", sku: "ERP-STD", date: "2026-04-01", amount: "10.00", region: "CN-ZJ-HZ" }]).crossTerritory;
 * //=> [{ index: 0, id: null, partner: "P2", sku: "ERP-STD", date: "2026-04-01", region: "CN-ZJ-HZ",
 * //      reason: "outside_grants", holders: ["P1"], exclusiveHolder: "P1" }]
 * ```
 *
 * @category Pricing
 */
export function checkTerritories(book: PriceBook, sales: readonly SalesLineInput[]): TerritoryReport {
  const lines = readSales(book, sales);
  const byPartner = new Map<string, TerritoryGrant[]>();
  const byCountry = new Map<string, TerritoryGrant[]>();
  for (const g of book.territories) {
    push(byPartner, g.partner, g);
    push(byCountry, g.region.split("-")[0]!, g);
  }
  const covers = (g: TerritoryGrant, sku: string, region: string, date: string) =>
    skuMatches(g.sku, sku) && regionContains(g.region, region) && inWindow(date, g.from, g.to);
  let checked = 0;
  let unchecked = 0;
  const crossTerritory: CrossTerritorySale[] = [];
  for (const line of lines) {
    const region = line.region;
    if (region === null) {
      unchecked++;
      continue;
    }
    checked++;
    const own = (byPartner.get(line.partner) ?? []).filter((g) => skuMatches(g.sku, line.sku) && inWindow(line.date, g.from, g.to));
    if (own.some((g) => regionContains(g.region, region))) continue;
    const others = (byCountry.get(region.split("-")[0]!) ?? []).filter((g) => g.partner !== line.partner && covers(g, line.sku, region, line.date));
    const holders = [...new Set(others.map((g) => g.partner))].sort();
    const exclusive = others.filter((g) => g.exclusive).map((g) => g.partner).sort();
    crossTerritory.push({
      index: line.index,
      id: line.id,
      partner: line.partner,
      sku: line.sku,
      date: line.date,
      region,
      reason: own.length === 0 ? "no_grant" : "outside_grants",
      holders,
      exclusiveHolder: exclusive[0] ?? null,
    });
  }
  return { checked, unchecked, crossTerritory };
}

/**
 * Like {@link checkTerritories}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param book - a validated book
 * @param sales - the sales lines
 * @returns `{ success: true, data }` or `{ success: false, error }` (a {@link QuoteError})
 * @example
 * ```ts
 * const r = safeCheckTerritories(book, [{ partner: "P1" }]);
 * !r.success && r.error.code; //=> "invalid_request"
 * ```
 *
 * @category Pricing
 */
export function safeCheckTerritories(book: PriceBook, sales: readonly SalesLineInput[]): SafeResult<TerritoryReport, QuoteError> {
  try {
    return { success: true, data: checkTerritories(book, sales) };
  } catch (e) {
    if (e instanceof QuoteError) return { success: false, error: e };
    throw e;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
