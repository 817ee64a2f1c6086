/** Text of the action messages, all in one place. */
import type { ExceptionKind, PlanDate } from "./PlanResult.js";

/** What a message is about. */
export interface MessageFacts {
  readonly item: string;
  readonly ref: string | null;
  readonly date: PlanDate;
  readonly newDate: PlanDate | undefined;
  readonly quantity: number;
  readonly ticksLate: number | undefined;
  readonly unit: "period" | "day";
}

const at = (d: PlanDate, unit: "period" | "day"): string => (unit === "period" ? `period ${d}` : String(d));

/** The readable text of an action message. */
export function exceptionMessage(kind: ExceptionKind, f: MessageFacts): string {
  const u = f.unit;
  // every kind that names f.ref is about one record, so its ref is set (only below-safety-stock has none)
  const ticks = (n: number) => `${n} ${u === "period" ? "period" : "working day"}${n === 1 ? "" : "s"}`;
  switch (kind) {
    case "reschedule-in":
      return `${f.item}: reschedule open order ${f.ref!} (${f.quantity}) in from ${at(f.date, u)} to ${at(f.newDate!, u)}`;
    case "reschedule-out":
      return `${f.item}: reschedule open order ${f.ref!} (${f.quantity}) out from ${at(f.date, u)} to ${at(f.newDate!, u)}, when it is first needed`;
    case "cancel":
      return `${f.item}: cancel open order ${f.ref!} (${f.quantity}) due ${at(f.date, u)}: it is not needed in the horizon`;
    case "late-release":
      return `${f.item}: order ${f.ref!} (${f.quantity}) should have been released at ${at(f.date, u)}, ${ticks(f.ticksLate ?? 0)} before the planning start; released at ${at(f.newDate ?? f.date, u)}`;
    case "time-fence":
      return `${f.item}: shortage of ${f.quantity} at ${at(f.date, u)} inside the planning time fence; order ${f.ref!} is received at ${at(f.newDate!, u)}, the first date after the fence`;
    case "below-safety-stock":
      return `${f.item}: projected on hand is below safety stock from ${at(f.date, u)} to ${at(f.newDate!, u)} (short by up to ${f.quantity})`;
    case "past-due-demand":
      return `${f.item}: demand ${f.ref!} (${f.quantity}) was due ${at(f.date, u)}, before the planning start; planned at ${at(f.newDate!, u)}`;
    case "past-due-receipt":
      return `${f.item}: open order ${f.ref!} (${f.quantity}) was due ${at(f.date, u)}, before the planning start, and is counted as received at ${at(f.newDate!, u)}: expedite it or correct its date`;
    case "beyond-horizon":
      return `${f.item}: ${f.ref!} (${f.quantity}) dated ${at(f.date, u)} is beyond the planning horizon and is ignored`;
  }
}
