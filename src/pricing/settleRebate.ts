/**
 * Settles a year-end rebate agreement (年底返点) against sales lines (docs/pricing.md): the
 * basis, the reached tier, the rebate (retroactive or marginal), the accruals booked per sales
 * line, the settlement, and the next threshold with the amount still missing.
 *
 * Complexity: O(n + t) for n sales lines and t tiers. Reference: SAP SD rebate processing
 * (agreement, accruals per billing document, final settlement).
 */
import type { SafeResult } from "../errors/SafeResult.js";
import { QuoteError } from "../errors/QuoteError.js";
import { pricingMessages as M } from "../errors/pricingMessages.js";
import { add, cmp, formatDecimal, formatScaled, mul, parseDecimal, roundToScale, sub, ZERO, type Dec } from "./decimal.js";
import { inWindow } from "../internal/dates.js";
import { readSales } from "./readSales.js";
import { checkTerritories } from "./checkTerritories.js";
import type { SalesLineInput } from "./schema.js";
import type { PriceBook } from "./types.js";

/**
 * The accrual booked on one sales line of the agreement.
 *
 * @category Pricing
 */
export interface RebateAccrual {
  /** Index of the line in the sales array. */
  readonly index: number;
  /** The line's id, or null. */
  readonly id: string | null;
  /** The sale date. */
  readonly date: string;
  /** The sku sold. */
  readonly sku: string;
  /** The line amount (negative for a return). */
  readonly amount: string;
  /** amount × accrualRate, rounded to minor units (negative for a return). */
  readonly accrual: string;
}

/**
 * A sales line of the agreement left out of the basis because it was sold outside the partner's
 * territory (窜货); it keeps its accrual, which the settlement then reverses.
 *
 * @category Pricing
 */
export interface RebateExclusion {
  /** Index of the line in the sales array. */
  readonly index: number;
  /** The line's id, or null. */
  readonly id: string | null;
  /** The sale date. */
  readonly date: string;
  /** The sku sold. */
  readonly sku: string;
  /** Where it was sold. */
  readonly region: string;
  /** The line amount left out of the basis. */
  readonly amount: string;
  /** `no_grant` or `outside_grants`, as the territory check reports it. */
  readonly reason: "no_grant" | "outside_grants";
  /** The partner holding an exclusive grant where it was sold, or null. */
  readonly exclusiveHolder: string | null;
}

/**
 * The next rebate tier: its threshold, its rate, and how much basis is still missing.
 *
 * @category Pricing
 */
export interface RebateNextThreshold {
  /** The basis at which the next tier starts. */
  readonly from: string;
  /** The next tier's rate. */
  readonly rate: string;
  /** from − basis. */
  readonly missing: string;
}

/**
 * The result of {@link settleRebate}; the CLI prints every field but `mode` and `accruals`.
 *
 * @category Pricing
 */
export interface RebateSettlement {
  /** Agreement id. */
  readonly agreement: string;
  /** The partner. */
  readonly partner: string;
  /** `retroactive` or `marginal`. */
  readonly mode: "retroactive" | "marginal";
  /** Sum of the partner's sales amounts within the agreement period, less the excluded ones. */
  readonly basis: string;
  /** The reached tier's rate (`"0"` when no tier is reached). */
  readonly rate: string;
  /** The rebate earned, rounded once to minor units. */
  readonly rebate: string;
  /** Sum of the per-line accruals. */
  readonly accrued: string;
  /** rebate − accrued: paid out when positive, reversed when negative. */
  readonly settlement: string;
  /** The next tier, or null when the highest tier is reached. */
  readonly nextThreshold: RebateNextThreshold | null;
  /** One accrual per sales line of the agreement, in input order (excluded lines included). */
  readonly accruals: readonly RebateAccrual[];
  /** The agreement's `excludeCrossTerritory`. */
  readonly excludeCrossTerritory: "none" | "exclusive" | "all";
  /** Sum of the excluded lines' amounts. */
  readonly excludedAmount: string;
  /** The cross-territory lines left out of the basis, in input order. */
  readonly excluded: readonly RebateExclusion[];
}

/**
 * The former name of `SafeResult<RebateSettlement, QuoteError>`.
 *
 * @deprecated Use {@link SafeResult}`<RebateSettlement, QuoteError>`; this name goes away in 2.0.
 *
 * @category Pricing
 */
export type SafeSettleRebateResult = SafeResult<RebateSettlement, QuoteError>;

function d(text: string): Dec {
  return parseDecimal(text)!;
}

/**
 * Settles rebate agreement `agreementId` against `sales`.
 *
 * The basis is the sum of the partner's amounts with `from <= date < to` (returns are negative
 * and reduce it), less the cross-territory sales the agreement's `excludeCrossTerritory` leaves
 * out (`"exclusive"`: those sold into another partner's exclusive grant; `"all"`: every line
 * {@link checkTerritories} reports; lines without a region cannot be checked and count). An
 * excluded line keeps the accrual booked on it, so the settlement reverses that accrual; the reached tier is the last with `from <= basis`. `retroactive`: rebate =
 * basis × reached rate; `marginal`: each slice of the basis at its own tier's rate. Accrued =
 * Σ per line round(amount × accrualRate); settlement = rebate − accrued. Rounding uses the
 * book's mode and the currency's minor units.
 *
 * @param book - a validated book
 * @param agreementId - the id of one of the book's `rebates`
 * @param sales - sales lines `{ partner, sku, date, amount, region?, id?, quantity? }`; amounts
 *   with at most the currency's decimals; the region is needed to exclude cross-territory sales
 * @returns the settlement
 * @throws {@link QuoteError} `unknown_agreement`, or `invalid_request` with the issues of the sales lines
 * @example
 * ```ts
 * // R2026: retroactive, accrual 2 %, tiers 0 → 2 %, 10000.00 → 3 %
 * const s = settleRebate(book, "R2026", [
 *   { partner: "P1", sku: "ERP-STD", date: "2026-03-01", amount: "8000.00" },
 *   { partner: "P1", sku: "ERP-STD", date: "2026-09-01", amount: "4000.00" },
 * ]);
 * s.basis; //=> "12000.00"
 * s.rebate; //=> "360.00"
 * s.accrued; //=> "240.00"
 * s.settlement; //=> "120.00"
 * s.nextThreshold; //=> null
 * ```
 *
 * @category Pricing
 */
export function settleRebate(book: PriceBook, agreementId: string, sales: readonly SalesLineInput[]): RebateSettlement {
  const agreement = book.rebates.find((r) => r.id === agreementId);
  if (agreement === undefined) throw new QuoteError("unknown_agreement", M.unknownAgreement(agreementId), { agreement: agreementId });
  const lines = readSales(book, sales);
  const { minorUnits: m, rounding } = book;
  const accrualRate = d(agreement.accrualRate);
  const excludeMode = agreement.excludeCrossTerritory;
  const crossByIndex = new Map(
    excludeMode === "none"
      ? []
      : checkTerritories(book, sales)
          .crossTerritory.filter((c) => excludeMode === "all" || c.exclusiveHolder !== null)
          .map((c) => [c.index, c] as const),
  );
  let basis: Dec = ZERO;
  let excludedAmount: Dec = ZERO;
  let accrued = 0n;
  const accruals: RebateAccrual[] = [];
  const excluded: RebateExclusion[] = [];
  for (const line of lines) {
    if (line.partner !== agreement.partner || !inWindow(line.date, agreement.from, agreement.to)) continue;
    const cross = crossByIndex.get(line.index);
    if (cross === undefined) basis = add(basis, line.amount);
    else {
      excludedAmount = add(excludedAmount, line.amount);
      excluded.push({
        index: line.index,
        id: line.id,
        date: line.date,
        sku: line.sku,
        region: cross.region,
        amount: formatDecimal(line.amount, m),
        reason: cross.reason,
        exclusiveHolder: cross.exclusiveHolder,
      });
    }
    const accrual = roundToScale(mul(line.amount, accrualRate), m, rounding);
    accrued += accrual;
    accruals.push({
      index: line.index,
      id: line.id,
      date: line.date,
      sku: line.sku,
      amount: formatDecimal(line.amount, m),
      accrual: formatScaled(accrual, m),
    });
  }
  const tiers = agreement.tiers.map((t) => ({ from: d(t.from), rate: d(t.rate), rateText: t.rate }));
  let reached = -1;
  for (let k = 0; k < tiers.length; k++) if (cmp(tiers[k]!.from, basis) <= 0) reached = k;
  let exact: Dec = ZERO;
  if (reached >= 0) {
    if (agreement.mode === "retroactive") {
      exact = mul(basis, tiers[reached]!.rate);
    } else {
      for (let k = 0; k <= reached; k++) {
        const top = k < reached ? tiers[k + 1]!.from : basis;
        exact = add(exact, mul(sub(top, tiers[k]!.from), tiers[k]!.rate));
      }
    }
  }
  const rebate = roundToScale(exact, m, rounding);
  const next = tiers[reached + 1];
  return {
    agreement: agreement.id,
    partner: agreement.partner,
    mode: agreement.mode,
    basis: formatDecimal(basis, m),
    rate: reached >= 0 ? tiers[reached]!.rateText : "0",
    rebate: formatScaled(rebate, m),
    accrued: formatScaled(accrued, m),
    settlement: formatScaled(rebate - accrued, m),
    nextThreshold:
      next === undefined ? null : { from: formatDecimal(next.from, m), rate: next.rateText, missing: formatDecimal(sub(next.from, basis), m) },
    accruals,
    excludeCrossTerritory: excludeMode,
    excludedAmount: formatDecimal(excludedAmount, m),
    excluded,
  };
}

/**
 * Like {@link settleRebate}, but returns `{ success, data | error }` instead of throwing.
 *
 * @param book - a validated book
 * @param agreementId - the agreement id
 * @param sales - the sales lines
 * @returns `{ success: true, data }` or `{ success: false, error }` (a {@link QuoteError})
 * @example
 * ```ts
 * const r = safeSettleRebate(book, "NOPE", []);
 * !r.success && r.error.code; //=> "unknown_agreement"
 * ```
 *
 * @category Pricing
 */
export function safeSettleRebate(book: PriceBook, agreementId: string, sales: readonly SalesLineInput[]): SafeResult<RebateSettlement, QuoteError> {
  try {
    return { success: true, data: settleRebate(book, agreementId, sales) };
  } catch (e) {
    if (e instanceof QuoteError) return { success: false, error: e };
    throw e;
  }
}

