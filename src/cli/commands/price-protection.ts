/**
 * `mrpkit price-protection <book.json> <movements.json> --sku S --channel C --effective D
 * [--old-price P] [--new-price P] [--region R]`: a partner's price-protection (价格保护) claim for
 * a price drop; a price not given is read from the book.
 */
import { claimPriceProtection, definePriceBook, isIsoDate, isRegion, type PriceDropInput, type PriceProtectionClaim, type StockMovementInput } from "../../index.js";
import { decimalOption, integerOption, stringOption } from "../args.js";
import { readJson } from "../input.js";
import { CliInputError, UsageError, type CommandSpec } from "../types.js";

function tableText(c: PriceProtectionClaim): string {
  // Prices typed on the command line are not repeated; prices read from the book are shown.
  const read = c.oldPriceFrom === "book" || c.newPriceFrom === "book";
  const from = (source: "given" | "book") => (source === "book" ? "(from the book)" : "(given)");
  return [
    `sku               ${c.sku}`,
    `channel           ${c.channel}`,
    `effective         ${c.effective}`,
    `window            ${c.windowFrom} to ${c.effective} (${c.protectionDays} days)`,
    ...(read
      ? [`old price         ${c.oldPrice} ${from(c.oldPriceFrom)}`, `new price         ${c.newPrice} ${from(c.newPriceFrom)}`]
      : []),
    `price drop        ${c.priceDrop}`,
    `stock             ${c.stock}`,
    `bought in window  ${c.boughtInWindow}`,
    `eligible          ${c.eligibleQuantity}`,
    `claim             ${c.claim}`,
  ].join("\n") + "\n";
}

/** The `price-protection` command. */
export const priceProtectionCommand: CommandSpec = {
  name: "price-protection",
  summary: "price protection (价格保护): a partner's claim for a price drop on the stock it bought recently and still holds",
  positionals: "<book.json> <movements.json>",
  arity: [2, 2],
  formats: ["json", "table"],
  options: {
    sku: { type: "string", value: "S", required: true, help: "the sku whose price dropped" },
    channel: { type: "string", value: "C", required: true, help: "the channel whose price dropped" },
    effective: { type: "string", value: "YYYY-MM-DD", required: true, help: "the first day of the new price" },
    "old-price": { type: "string", value: "P", help: "the unit price before the drop (default: read from the book on the day before)" },
    "new-price": { type: "string", value: "P", help: "the unit price from the effective date (default: read from the book)" },
    region: { type: "string", value: "R", help: "the partner's region, for region prices read from the book" },
    "protection-days": { type: "string", value: "N", help: "days before the effective date whose purchases are protected (default 90)" },
  },
  run(args, io) {
    const effective = stringOption(args, "effective")!;
    if (!isIsoDate(effective)) throw new UsageError(`--effective must be a real date YYYY-MM-DD (got '${effective}')`);
    const oldPrice = decimalOption(args, "old-price");
    const newPrice = decimalOption(args, "new-price");
    const region = stringOption(args, "region");
    if (region !== undefined && !isRegion(region)) throw new UsageError(`--region must be a region code such as CN-ZJ (got '${region}')`);
    const protectionDays = integerOption(args, "protection-days");
    if (args.positionals[0] === "-" && args.positionals[1] === "-") throw new UsageError("only one of the inputs can be standard input");
    const book = definePriceBook(readJson(io, args.positionals[0]!));
    const movements = readJson(io, args.positionals[1]!);
    if (!Array.isArray(movements)) throw new CliInputError(`${args.positionals[1]!}: expected a JSON array of stock movements`);
    const drop: PriceDropInput = {
      sku: stringOption(args, "sku")!,
      channel: stringOption(args, "channel")!,
      effective,
      ...(region === undefined ? {} : { region }),
      ...(oldPrice === undefined ? {} : { oldPrice }),
      ...(newPrice === undefined ? {} : { newPrice }),
    };
    const claim = claimPriceProtection(book, drop, movements as StockMovementInput[], protectionDays === undefined ? {} : { protectionDays });
    io.stdout(args.format === "json" ? JSON.stringify(claim, null, 2) + "\n" : tableText(claim));
    return 0;
  },
};
