/**
 * The reference and duplicate-id rules of a model, in one place. Two readers run them: the
 * compilation of a schema-valid model (compileModel.ts) and the pre-check of a document the schema
 * rejected (rawChecks.ts), which reads the ids straight from the raw JSON. Each reader walks its
 * own representation, in its own order, and asks these rules; what counts as a duplicate or an
 * unknown reference, and the path and message of the issue, are decided here only.
 *
 * Complexity: O(1) per check (one map lookup).
 */
import type { Issue, JsonPath } from "../errors/Issue.js";
import { modelMessages as M } from "../errors/modelMessages.js";

/** The sections whose record ids are unique across all three. */
export const RECORD_SECTIONS = ["scheduledReceipts", "firmPlannedOrders", "demands"] as const;

/** One of {@link RECORD_SECTIONS}. */
export type RecordSection = (typeof RECORD_SECTIONS)[number];

/** A set of known ids. */
interface Known {
  has(id: string): boolean;
}

/** `items[i].id`: the first item with an id keeps it (`firstAt`: id -> index); a later one is a duplicate. */
export function checkItemId(firstAt: Map<string, number>, id: string, i: number, issues: Issue[]): void {
  const prev = firstAt.get(id);
  if (prev !== undefined) {
    issues.push({ path: ["items", i, "id"], code: "duplicate_id", message: M.duplicateItemId(id, prev) });
  } else firstAt.set(id, i);
}

/** `workCenters[i].id`: the first work center with an id keeps it; a later one is a duplicate. */
export function checkWorkCenterId(known: Map<string, unknown>, id: string, i: number, issues: Issue[]): boolean {
  if (!known.has(id)) return true;
  issues.push({ path: ["workCenters", i, "id"], code: "duplicate_id", message: M.duplicateWorkCenterId(id) });
  return false;
}

/**
 * The id of a demand, open order or firm planned order (`firstAt`: id -> where it was first
 * seen): unique across the three sections.
 */
export function checkRecordId(firstAt: Map<string, string>, section: RecordSection, i: number, id: string, issues: Issue[]): void {
  const prev = firstAt.get(id);
  if (prev !== undefined) {
    issues.push({ path: [section, i, "id"], code: "duplicate_id", message: M.duplicateRecordId(id, prev) });
  } else firstAt.set(id, `${section}[${i}]`);
}

/** A reference to an item at `path`: false, with an issue, when no item has the id. */
export function checkItemRef(items: Known, id: string, path: JsonPath, issues: Issue[]): boolean {
  if (items.has(id)) return true;
  issues.push({ path, code: "unknown_reference", message: M.unknownItem(id) });
  return false;
}

/** A reference to a work center at `path`: false, with an issue, when no work center has the id. */
export function checkWorkCenterRef(centers: Known, id: string, path: JsonPath, issues: Issue[]): boolean {
  if (centers.has(id)) return true;
  issues.push({ path, code: "unknown_reference", message: M.unknownWorkCenter(id) });
  return false;
}
