/**
 * Random acyclic models for property tests: BOM lines only go from a lower to a higher item
 * position, ids include ones that are special in JavaScript.
 */
import fc from "fast-check";

/** Periods of the generated models. */
export const H = 8;
export const IDS = ["__proto__", "constructor", "A", "B-1", "toString", "Z", "a", "É"];

const lotSizingArb = fc.oneof(
  fc.constant({ rule: "lot-for-lot" }),
  fc.record({ rule: fc.constant("fixed"), quantity: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ rule: fc.constant("periods-of-supply"), periods: fc.integer({ min: 1, max: 4 }) }),
  fc.constantFrom({ rule: "eoq" }, { rule: "poq" }, { rule: "wagner-whitin" }, { rule: "silver-meal" }, { rule: "least-unit-cost" }, { rule: "part-period-balancing" }),
  fc.integer({ min: 0, max: 20 }).chain((min) => fc.record({ rule: fc.constant("min-max"), min: fc.constant(min), max: fc.integer({ min: Math.max(1, min), max: min + 40 }) })),
);

/** Order modifiers whose maximum, rounded down to the multiple, is still >= the minimum. */
const modifiersArb = fc.oneof(
  fc.constant(undefined),
  fc
    .record({ minimum: fc.constantFrom(0, 0, 5, 12), multiple: fc.constantFrom(null, null, 1, 4, 10), extra: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }) })
    .map(({ minimum, multiple, extra }) => {
      const m = multiple ?? 1;
      const maximum = extra === null ? null : Math.ceil(Math.max(minimum, m) / m) * m + extra;
      return { minimum, multiple, maximum };
    }),
);

export interface Options {
  /** Only what keeps lot-for-lot planning linear in demand. */
  readonly linear?: boolean;
  /** No planning time fence. */
  readonly noFence?: boolean;
}

export function modelArb({ linear = false, noFence = false }: Options = {}) {
  return fc.integer({ min: 1, max: 6 }).chain((n) =>
    fc
      .record({
        items: fc.array(
          fc.record({
            source: fc.constantFrom("make", "make", "buy", "phantom"),
            leadTime: fc.integer({ min: 0, max: 3 }),
            onHand: fc.constantFrom(0, 0, 5, 12.5, 40),
            allocated: fc.constantFrom(0, 0, 3),
            safetyStock: fc.constantFrom(0, 0, 4, 10),
            safetyLeadTime: fc.constantFrom(0, 0, 1),
            decimals: fc.constantFrom(0, 0, 1),
            lotSizing: lotSizingArb,
            orderModifiers: modifiersArb,
            assemblyScrap: fc.constantFrom(0, 0, 0.1),
            planningTimeFence: noFence ? fc.constant(0) : fc.constantFrom(0, 0, 2),
            // -1: none (open orders are pulled in from any later date)
            rescheduleHorizon: fc.constantFrom(-1, -1, 0, 2),
            setup: fc.constantFrom(10, 50, 200),
            holding: fc.constantFrom(0.5, 1, 2),
          }),
          { minLength: n, maxLength: n },
        ),
        lines: fc.array(
          fc.record({
            a: fc.nat(n - 1),
            b: fc.nat(n - 1),
            quantity: linear ? fc.constantFrom(1, 2, 3) : fc.constantFrom(1, 1.5, 2, 3),
            scrap: linear ? fc.constant(0) : fc.constantFrom(0, 0, 0.05),
            fixed: linear ? fc.constant(false) : fc.constantFrom(false, false, false, true),
            offset: fc.integer({ min: -1, max: 1 }),
            from: fc.constantFrom(null, null, 3),
            to: fc.constantFrom(null, null, 6),
          }),
          { maxLength: 2 * n },
        ),
        demands: fc.array(
          fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 0, max: H + 2 }), quantity: fc.integer({ min: 1, max: 60 }), kind: fc.constantFrom("order", "order", "mps") }),
          { maxLength: 8 },
        ),
        receipts: fc.array(fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 0, max: H + 2 }), quantity: fc.integer({ min: 1, max: 40 }) }), { maxLength: 4 }),
        firm: fc.array(fc.record({ item: fc.nat(n - 1), due: fc.integer({ min: 1, max: H }), quantity: fc.integer({ min: 1, max: 30 }) }), { maxLength: 2 }),
      })
      .map(({ items, lines, demands, receipts, firm }) => {
        const src = (i: number) => items[i]!.source;
        return {
          calendar: { unit: "period", periods: H },
          items: items.map((it, i) => ({
            id: IDS[i]!,
            source: it.source,
            leadTime: it.leadTime,
            ...(linear ? {} : { onHand: it.onHand, allocated: it.allocated, safetyStock: it.safetyStock, decimals: it.decimals, assemblyScrap: it.assemblyScrap }),
            safetyLeadTime: it.safetyLeadTime,
            lotSizing: linear ? { rule: "lot-for-lot" } : it.lotSizing,
            ...(linear || it.orderModifiers === undefined ? {} : { orderModifiers: it.orderModifiers }),
            planningTimeFence: it.planningTimeFence,
            ...(it.rescheduleHorizon < 0 ? {} : { rescheduleHorizon: it.rescheduleHorizon }),
            cost: { setup: it.setup, holding: it.holding },
          })),
          bom: lines
            .filter((l) => l.a !== l.b)
            .map((l) => ({
              parent: IDS[Math.min(l.a, l.b)]!,
              child: IDS[Math.max(l.a, l.b)]!,
              quantity: l.quantity,
              scrap: l.scrap,
              fixed: l.fixed,
              offset: l.offset,
              from: l.from,
              to: l.to,
            })),
          demands: demands.map((d, k) => ({ id: `D${k}`, item: IDS[d.item]!, due: d.due, quantity: d.quantity, kind: d.kind })),
          scheduledReceipts: linear ? [] : receipts.filter((r) => src(r.item) !== "phantom").map((r, k) => ({ id: `PO${k}`, item: IDS[r.item]!, due: r.due, quantity: r.quantity })),
          firmPlannedOrders: linear ? [] : firm.filter((r) => src(r.item) !== "phantom").map((r, k) => ({ id: `F${k}`, item: IDS[r.item]!, due: r.due, quantity: r.quantity })),
        };
      }),
  );
}

export type Json = ReturnType<typeof modelArb> extends fc.Arbitrary<infer T> ? T : never;

