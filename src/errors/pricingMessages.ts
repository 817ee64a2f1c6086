/**
 * Every message text of the pricing module, in one place (as dinero.js keeps
 * `core/checks/messages.ts`). Codes are stable; texts may be improved.
 *
 * @internal
 */
import { describeValue } from "./describeValue.js";

export const pricingMessages = {
  invalidDecimal: (input: unknown): string =>
    typeof input === "number"
      ? `number out of range (${String(input)}); write it as a decimal string`
      : `expected a decimal string such as "7.00" or a JSON number, got ${describe(input)}`,
  invalidDate: (input: unknown): string =>
    typeof input === "string"
      ? `'${input}' is not a real calendar date in the form YYYY-MM-DD`
      : `expected a date string YYYY-MM-DD, got ${describe(input)}`,
  invalidRegion: (input: string): string =>
    `'${input}' is not a region code (letters and digits in dash-separated segments, e.g. "CN-ZJ")`,
  unknownCurrency: (code: string): string =>
    `unknown currency '${code}': mrpkit must know its minor units (ISO 4217), e.g. USD, EUR, JPY, BHD`,
  negativeAmount: (what: string): string => `${what} must not be negative`,
  rateRange: (what: string): string => `${what} must be between 0 and 1`,
  duplicateChannel: (id: string, first: number): string => `duplicate channel '${id}' (first defined at channels[${first}])`,
  unknownParent: (parent: string): string => `unknown parent channel '${parent}'`,
  channelCycle: (ids: readonly string[]): string => `channel cycle: ${ids.join(" -> ")}`,
  rootDerivation: (id: string): string => `channel '${id}' has no parent, so it cannot have a discount or a markup`,
  discountAndMarkup: (id: string): string => `channel '${id}' has both a discount and a markup; give one`,
  unknownChannel: (id: string): string => `unknown channel '${id}'`,
  emptyWindow: (from: string, to: string): string => `validity window is empty: from ${from} is not before to ${to}`,
  tiersAndUnitAmount: "give either tiers or unitAmount, not both",
  noTiers: "give tiers or a unitAmount",
  tierOrder: (upTo: string, previous: string): string => `upTo ${upTo} must be greater than the previous tier's upTo ${previous}`,
  tierPositive: "upTo must be greater than 0",
  openTierNotLast: "only the last tier may have upTo null",
  lastTierClosed: "the last tier must have upTo null (an open tier)",
  overlappingPrices: (other: number, sku: string, channel: string, region: string | null): string =>
    `overlaps prices[${other}]: same sku '${sku}', channel '${channel}' and region ${region === null ? "(none)" : `'${region}'`} with overlapping validity`,
  invalidSkuPattern: (p: string): string => `sku pattern '${p}' must be '*', an exact sku, or a prefix ending in '*'`,
  overlappingTerritories: (partner: string, other: number, otherPartner: string): string =>
    `grant of partner '${partner}' overlaps territories[${other}] of partner '${otherPartner}' and one of them is exclusive (overlapping sku pattern, region and dates)`,
  duplicateRebate: (id: string, first: number): string => `duplicate rebate agreement '${id}' (first defined at rebates[${first}])`,
  excludeWithoutTerritories: (id: string): string =>
    `rebate agreement '${id}' excludes cross-territory sales, but the book has no territories to check them against`,
  rebateTierOrder: (from: string, previous: string): string => `from ${from} must be greater than the previous tier's from ${previous}`,
  salesDecimals: (amount: string, minor: number, currency: string): string =>
    `amount ${amount} has more decimals than ${currency} allows (${minor})`,
  noPrice: (sku: string, channels: readonly string[], region: string | null, date: string): string =>
    `no price for sku '${sku}' in channel${channels.length === 1 ? "" : "s"} ${channels.map((c) => `'${c}'`).join(" -> ")}, region ${region === null ? "(none)" : `'${region}'`}, on ${date}`,
  invalidQuantity: (input: unknown): string => `quantity must be a non-negative decimal, got ${describe(input)}`,
  invalidRequest: (n: number): string => `invalid request: ${n} problem${n === 1 ? "" : "s"}`,
  notValidated: "not a validated price book: pass the JSON through definePriceBook first",
  unknownAgreement: (id: string): string => `unknown rebate agreement '${id}'`,
  invalidSales: (n: number): string => `invalid sales lines: ${n} problem${n === 1 ? "" : "s"}`,
} as const;

function describe(input: unknown): string {
  return describeValue(input, { literals: true, article: false });
}
