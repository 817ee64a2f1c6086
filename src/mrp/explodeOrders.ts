/**
 * Dependent demand: the requirements an item's parents' orders place on it through the BOM,
 * each at the parent order's release (or the start of the operation the line is on), offset by
 * the line's lead-time offset, with component and assembly scrap.
 *
 * Complexity: O(P) for the P parent orders of the item's where-used lines.
 */
import { cleanQty } from "../internal/quantity.js";
import { PlanLimitError } from "../errors/PlanLimitError.js";
import { operationStart } from "../routing/scheduleOrder.js";
import { OrderKind, RequirementKind } from "./columns.js";
import { scheduleOfOrder } from "./orderSchedules.js";
import { pushLocal, pushRequirement, type PlanContext } from "./planContext.js";
import { ANY_ORDER, MAKE_ORDER, SourceKind } from "../model/Model.js";

/**
 * Largest derived quantity (a requirement exploded through the BOM) a plan handles.
 *
 * @category Planning
 */
export const MAX_DERIVED_QUANTITY = 1e250;

/**
 * Appends to `ctx.local` the requirements of item `c` from every parent's orders.
 *
 * @internal
 */
export function explodeOrders(ctx: PlanContext, c: number): void {
  const { bom, horizon, asmFactor, itemOrderStart, itemOrderEnd } = ctx;
  const oRelease = ctx.oRelease.data;
  const oQty = ctx.oQty.data;
  const oKind = ctx.oKind.data;
  const oDue = ctx.oDue.data;
  const oSource = ctx.oSource.data;
  const lineSource = bom.source;
  const sourceKind = ctx.network?.sourceKind;
  const sourceStart = ctx.network?.sourceStart;
  for (let k = bom.parentStart[c]!; k < bom.parentStart[c + 1]!; k++) {
    const l = bom.parentLines[k]!;
    const p = bom.parent[l]!;
    // in a network, a line may apply to some of its parent's orders only: its BOM to those made
    // there, a transfer's line to the orders of that transfer source
    const only = lineSource === undefined ? ANY_ORDER : lineSource[l]!;
    // a transfer ships what it receives: no assembly scrap
    const asm = only >= 0 ? 1 : asmFactor[p]!;
    const onOp = !Number.isNaN(bom.operation[l]!);
    for (let o = itemOrderStart[p]!; o < itemOrderEnd[p]!; o++) {
      const r = oRelease[o]!;
      if (r < bom.fromTick[l]! || r >= bom.toTick[l]!) continue;
      if (only !== ANY_ORDER) {
        // both are places among the parent's sources
        const s = oSource[o]!;
        if (only === MAKE_ORDER ? s >= 0 && sourceKind![sourceStart![p]! + s] !== SourceKind.Make : s !== only) continue;
      }
      const q = oQty[o]!;
      // a component on an operation is needed when that operation starts, never before the release
      const at = onOp && oKind[o] !== OrderKind.Phantom ? Math.max(r, operationStart(scheduleOfOrder(ctx.model, ctx.schedules, o, p, q, oDue[o]!), bom.operation[l]!)) : r;
      let ct = at + bom.offset[l]!;
      if (ct >= horizon) continue;
      if (ct < 0) ct = 0;
      const need = bom.fixed[l] ? bom.qty[l]! * (1 + bom.scrap[l]!) : q * asm * bom.qty[l]! * (1 + bom.scrap[l]!);
      if (!(need <= MAX_DERIVED_QUANTITY)) throw new PlanLimitError("quantity", ctx.items[c]!.id, MAX_DERIVED_QUANTITY, need);
      pushLocal(ctx, pushRequirement(ctx, ct, Number.isInteger(need) ? need : cleanQty(need), RequirementKind.Order, o, l));
    }
  }
}
