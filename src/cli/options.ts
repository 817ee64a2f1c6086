/** Options several commands share, declared once. */
import { formatPlanDate, UnknownItemError, type CsvWriteOptions, type Model } from "../index.js";
import { choiceOption, flagOption, integerOption, refuseWith, stringOption } from "./args.js";
import { CliInputError, UsageError, type OptionSpec, type ParsedArgs } from "./types.js";

/** `--quiet`: no progress indicator on a terminal. */
export const QUIET: OptionSpec = { type: "boolean", help: "no progress line on standard error (shown only on a terminal, once a run takes a second)" };

/** `--bucket day|week`. */
export const BUCKET: OptionSpec = { type: "string", value: "day|week", help: "day calendars: one bucket per working day or per ISO week" };

/** `--date D`: a period number or a date, inside the model's horizon. */
export const DATE: OptionSpec = { type: "string", value: "D", help: "as of this period (period calendars) or date YYYY-MM-DD (day calendars); default the first" };

/**
 * Reads `--bucket`. Weeks exist only in day calendars: `--bucket week` on a model whose calendar
 * counts periods is refused rather than ignored.
 *
 * @param args - the parsed arguments
 * @param model - the model
 * @param fallback - the bucket without the option
 * @returns the bucket
 * @throws {@link UsageError} for `week` on a period calendar
 */
export function bucketOption(args: ParsedArgs, model: Model, fallback: "day" | "week"): "day" | "week" {
  const bucket = choiceOption(args, "bucket", ["day", "week"] as const, fallback);
  if (bucket === "week" && model.calendar.unit === "period" && args.options.has("bucket")) {
    throw new UsageError("--bucket week applies to day calendars; this model's calendar counts periods, one bucket each");
  }
  return bucket;
}

/**
 * Reads `--date`: a whole period number in period mode, a date in day mode; either must lie
 * inside the model's horizon (first to last tick), where the answer means something.
 *
 * @param args - the parsed arguments
 * @param model - the model
 * @returns the date, or undefined without the option
 * @throws {@link UsageError} for a date that is not one, or outside the horizon
 */
export function dateOption(args: ParsedArgs, model: Model): number | string | undefined {
  const cal = model.calendar;
  if (cal.unit === "period") {
    const first = formatPlanDate(model, 0) as number;
    const last = formatPlanDate(model, cal.horizon - 1) as number;
    const raw = stringOption(args, "date");
    if (raw === undefined) return undefined;
    let n: number | undefined;
    try {
      n = integerOption(args, "date");
    } catch {
      n = undefined;
    }
    if (n === undefined) throw new UsageError(`--date must be a period number: the model's calendar counts periods (got '${raw}')`);
    if (n < first || n > last) {
      throw new UsageError(`--date ${raw} is outside the model's horizon: periods ${first} to ${last}`);
    }
    return n;
  }
  const v = stringOption(args, "date");
  if (v === undefined) return undefined;
  // the library checks that the text is a real date; a real date must lie in the horizon
  const start = isoDay(cal.startDay);
  const end = isoDay(cal.endDay);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && (v < start || v > end)) {
    throw new UsageError(`--date ${v} is outside the model's horizon: ${start} to ${end}`);
  }
  return v;
}

/** `--through D`: the last release date of the release list. */
export const THROUGH: OptionSpec = {
  type: "string",
  value: "D",
  help: "with the release list: list orders released through this period (period calendars) or date YYYY-MM-DD (day calendars); default the first",
};

/**
 * Reads `--through`: a whole period number in period mode, a date in day mode (the library
 * checks that it is a real one). Outside the horizon it still means something: before the start
 * nothing is released, after the end everything is.
 *
 * @param args - the parsed arguments
 * @param model - the model
 * @returns the date, or undefined without the option
 * @throws {@link UsageError} for a period that is not a whole number
 */
export function throughOption(args: ParsedArgs, model: Model): number | string | undefined {
  const raw = stringOption(args, "through");
  if (raw === undefined || model.calendar.unit === "day") return raw;
  if (!/^[+-]?\d+$/.test(raw)) throw new UsageError(`--through must be a period number: the model's calendar counts periods (got '${raw}')`);
  return Number(raw);
}

/** `--bom`: a UTF-8 byte-order mark before CSV output. */
export const CSV_BOM: OptionSpec = { type: "boolean", help: "with --format csv: start with a UTF-8 byte-order mark (Excel on Windows reads Chinese, umlauts)" };

/** `--delimiter , | ; | tab` of CSV output. */
export const CSV_DELIMITER: OptionSpec = { type: "string", value: ",|;|tab", help: "with --format csv: the field delimiter (default ,; ';' for Excel in comma-decimal locales such as de-DE)" };

/**
 * Reads `--bom` and `--delimiter`, the options of `--format csv`; either with another format is
 * refused rather than ignored.
 *
 * @param args - the parsed arguments
 * @returns the options for `toCsv`
 * @throws {@link UsageError} for either option with another format, or another delimiter
 */
export function csvWriteOptions(args: ParsedArgs): CsvWriteOptions {
  if (args.format !== "csv") {
    for (const name of ["bom", "delimiter"]) refuseWith(args, name, "applies to --format csv only");
    return {};
  }
  const given = stringOption(args, "delimiter");
  const delimiter = given === "tab" ? "\t" : given;
  if (delimiter !== undefined && delimiter !== "," && delimiter !== ";" && delimiter !== "\t") {
    throw new UsageError(`--delimiter must be , or ; or tab (got '${given ?? ""}')`);
  }
  return { ...(flagOption(args, "bom") ? { bom: true } : {}), ...(delimiter === undefined ? {} : { delimiter }) };
}

/** The ISO date of a calendar's day number (days since 1970-01-01), for messages about the horizon. */
function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** `--location L`: in a model with locations, the item at L, or only what is at L. */
export const LOCATION: OptionSpec = {
  type: "string",
  value: "L",
  help: "a model with locations: with an item, the item at location L (ITEM@L); without one, only what is at L",
};

/**
 * Reads `--location`: the id of one of the model's locations. An id the model does not have (or
 * any id, in a model without locations) is refused by the error contract, code `unknown_location`.
 *
 * @param args - the parsed arguments
 * @param model - the model
 * @returns the location, or undefined without the option
 * @throws {@link CliInputError} (`unknown_location`) for a location the model does not have
 */
export function locationOption(args: ParsedArgs, model: Model): string | undefined {
  const location = stringOption(args, "location");
  if (location === undefined) return undefined;
  const locations = model.data.locations;
  if (locations.length === 0) throw new CliInputError(`unknown location "${location}": the model has no locations`, "unknown_location");
  if (!locations.some((l) => l.id === location)) {
    const ids = locations.map((l) => l.id).sort();
    throw new CliInputError(`unknown location "${location}": the model's locations are ${ids.join(", ")}`, "unknown_location");
  }
  return location;
}

/**
 * The item a command is asked about: `ITEM@L` with `--location L`, the item as given otherwise.
 *
 * @param item - the item id given
 * @param location - the `--location`, or undefined
 * @returns the id the library takes
 */
export function itemAt(item: string, location: string | undefined): string {
  return location === undefined ? item : `${item}@${location}`;
}

/**
 * The items a list is cut to by `--item` and `--location`, as the plan names them (`ITEM@L` in a
 * model with locations), or undefined for every item. In a model with locations `--item` may name
 * an item at a location (`LAMP@DC-EAST`), or an item (`LAMP`): then every location that plans it,
 * or the one `--location` names.
 *
 * @param model - the model
 * @param item - `--item`, or undefined
 * @param location - `--location` (already checked), or undefined
 * @returns the item ids kept, or undefined when neither option is given
 * @throws {@link UnknownItemError} for an item the model does not plan (at that location)
 */
export function selectedItems(model: Model, item: string | undefined, location: string | undefined): ReadonlySet<string> | undefined {
  if (item === undefined && location === undefined) return undefined;
  if (model.data.locations.length === 0 || (item !== undefined && location === undefined && model.itemIndex.has(item))) {
    if (!model.itemIndex.has(item!)) throw new UnknownItemError(item!);
    return new Set([item!]);
  }
  const kept = new Set(
    model.items
      .map((it) => it.id)
      .filter((id) => {
        const at = id.lastIndexOf("@");
        return (item === undefined || id.slice(0, at) === item) && (location === undefined || id.slice(at + 1) === location);
      }),
  );
  if (item !== undefined && kept.size === 0) throw new UnknownItemError(itemAt(item, location));
  return kept;
}
