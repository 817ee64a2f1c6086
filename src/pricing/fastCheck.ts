/**
 * A fast path for the large array of a price book, its prices: hand-written checks of the shapes
 * the price schema accepts, and of the canonical texts normalization would produce. A price it
 * does not recognise, or any value it doubts, sends the whole array to zod, which stays the one
 * source of truth for what is valid and for every error message; tests/property/
 * priceBookFastCheck.prop.test.ts checks on random records that it never accepts what zod rejects.
 *
 * NOTE: zod checks a price in several microseconds, and the book used to be checked twice (the
 * document, then each price for the cross-reference checks); on a million prices that was most
 * of the time before the first quote.
 *
 * @internal
 */
import { isIsoDate } from "../internal/dates.js";
import { isRegion } from "./regions.js";

type Rec = Record<string, unknown>;

const PRICE_KEYS = new Set(["id", "sku", "channel", "region", "validFrom", "validTo", "tiersMode", "tiers", "unitAmount", "flatAmount"]);
const TIER_KEYS = new Set(["upTo", "unitAmount", "flatAmount"]);
const PLAIN = /^-?\d+(?:\.\d+)?$/;

function isPlain(v: unknown): v is Rec {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

function onlyKeys(v: Rec, keys: ReadonlySet<string>): boolean {
  for (const k in v) if (!keys.has(k)) return false;
  return true;
}

/** What the decimal schema accepts: a plain decimal string or a finite number. */
function isDecimal(v: unknown): boolean {
  return typeof v === "string" ? PLAIN.test(v) : typeof v === "number" && Number.isFinite(v);
}

const optDecimal = (v: unknown): boolean => v === undefined || isDecimal(v);
const nonEmpty = (v: unknown): boolean => typeof v === "string" && v.length > 0;
const optDate = (v: unknown): boolean => v === undefined || v === null || (typeof v === "string" && isIsoDate(v));

/**
 * True when the price schema certainly accepts `v` (then its output has the same values as `v`:
 * the schema transforms nothing). False means "not sure": zod decides.
 */
export function fastPriceOk(v: unknown): boolean {
  if (!isPlain(v) || !onlyKeys(v, PRICE_KEYS)) return false;
  if (!nonEmpty(v["sku"]) || !nonEmpty(v["channel"])) return false;
  const id = v["id"];
  if (id !== undefined && !nonEmpty(id)) return false;
  const region = v["region"];
  if (region !== undefined && region !== null && !(typeof region === "string" && isRegion(region))) return false;
  if (!optDate(v["validFrom"]) || !optDate(v["validTo"])) return false;
  const mode = v["tiersMode"];
  if (mode !== undefined && mode !== "volume" && mode !== "graduated") return false;
  if (!optDecimal(v["unitAmount"]) || !optDecimal(v["flatAmount"])) return false;
  const tiers = v["tiers"];
  if (tiers === undefined) return true;
  if (!Array.isArray(tiers) || tiers.length === 0) return false;
  for (const t of tiers as unknown[]) {
    if (!isPlain(t) || !onlyKeys(t, TIER_KEYS) || !("upTo" in t)) return false;
    if (t["upTo"] !== null && !isDecimal(t["upTo"])) return false;
    if (!optDecimal(t["unitAmount"]) || !optDecimal(t["flatAmount"])) return false;
  }
  return true;
}

/** True when every element of `prices` passes {@link fastPriceOk}. */
export function fastPricesOk(prices: readonly unknown[]): boolean {
  for (const p of prices) if (!fastPriceOk(p)) return false;
  return true;
}

const ZEROS = ["", "0", "00", "000", "0000"];
/** The texts of 0 at 0 … 4 decimals, shared by every amount that is 0. */
const ZERO_TEXTS = ZEROS.map((z) => (z === "" ? "0" : `0.${z}`));
/** String(k) for k < 4096, shared by every bound that small (most tier bounds). */
const SMALL: readonly string[] = Array.from({ length: 4096 }, (_, k) => String(k));
const MONEY_TEXT = /^(?:0|[1-9]\d*)\.(\d+)$/;

/**
 * The canonical text of a valid, non-negative amount with at least `minor` decimals (what
 * `formatDecimal(toDecimal(v), minor)` prints), or undefined when only the exact path can tell.
 */
export function fastMoneyText(v: string | number, minor: number): string | undefined {
  if (typeof v === "number") {
    if (!Number.isSafeInteger(v) || v < 0 || minor > 4) return undefined;
    if (v === 0) return ZERO_TEXTS[minor]!;
    return minor === 0 ? String(v) : `${String(v)}.${ZEROS[minor]!}`;
  }
  if (v === "0" || v === ZERO_TEXTS[minor]) return ZERO_TEXTS[minor]!;
  const m = MONEY_TEXT.exec(v);
  if (m === null) return minor === 0 && /^(?:0|[1-9]\d*)$/.test(v) ? v : undefined;
  const decimals = m[1]!.length;
  // More decimals than the currency's: formatDecimal drops the trailing zeros beyond them.
  if (decimals < minor || (decimals > minor && v.charCodeAt(v.length - 1) === 48)) return undefined;
  return v;
}

/** The canonical text of a valid non-negative whole quantity bound (`normalize`d), or undefined. */
export function fastBoundText(v: string | number): string | undefined {
  if (typeof v === "number") return Number.isSafeInteger(v) && v >= 0 ? (v < 4096 ? SMALL[v]! : String(v)) : undefined;
  return /^(?:0|[1-9]\d{0,14})$/.test(v) ? v : undefined;
}
