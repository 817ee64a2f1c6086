/**
 * Argument checks shared by the BOM services: item ids to item indexes, dates to ticks,
 * quantities. Each throws the documented `MrpError` subclass.
 */
import { bomMessages } from "../errors/bomMessages.js";
import { InvalidOptionError } from "../errors/InvalidOptionError.js";
import { UnknownItemError } from "../errors/UnknownItemError.js";
import { receiptTick } from "../model/calendar.js";
import type { Model } from "../model/Model.js";
import { parseIsoDate } from "../internal/dates.js";

/**
 * Item index of `id`; throws {@link UnknownItemError} when the model has no such item. `id` is
 * `unknown` because JavaScript callers can pass anything: a non-string is an unknown item too.
 */
export function itemIndexOf(model: Model, id: unknown): number {
  const i = typeof id === "string" ? model.itemIndex.get(id) : undefined;
  if (i === undefined) throw new UnknownItemError(String(id));
  return i;
}

/**
 * Tick of an "as of" date (an effectivity date): a whole period number in period mode, a real ISO
 * date in day mode (a non-working day counts as the next working day, as effectivity boundaries
 * do). `undefined` is the first tick.
 */
export function asOfTick(model: Model, date: number | string | undefined, option = "date"): number {
  if (date === undefined) return 0;
  const cal = model.calendar;
  if (cal.unit === "period") {
    if (typeof date !== "number" || !Number.isSafeInteger(date)) {
      throw new InvalidOptionError("invalid_date", option, date, bomMessages.periodDate(date));
    }
  } else if (typeof date !== "string" || parseIsoDate(date) === undefined) {
    throw new InvalidOptionError("invalid_date", option, date, bomMessages.dayDate(date));
  }
  return receiptTick(cal, date);
}

/** A quantity option: finite and >= 0, or {@link InvalidOptionError}. */
export function checkQuantity(q: unknown, option = "quantity"): number {
  if (typeof q !== "number" || !Number.isFinite(q) || q < 0) {
    throw new InvalidOptionError("invalid_quantity", option, q, bomMessages.invalidQuantity(q));
  }
  return q;
}
