/**
 * A plan taken apart for the trip out of the worker, and put together again on the other side:
 * the typed-array columns travel as transferred buffers (no copy), the rest by structured clone.
 */
import { ByteColumn, FloatColumn, IntColumn } from "../internal/growable.js";
import type { Model } from "../model/Model.js";
import { buildResult } from "../mrp/buildResult.js";
import type { PlanResult } from "../mrp/PlanResult.js";
import { lazyColumnsOf } from "../mrp/lazyColumns.js";
import { attachState, batchOf, newItemExceptions, rawOf, setBatch, stateOf, type Arena, type ExceptionBatch, type ItemExceptions, type PlanState } from "../mrp/planState.js";
import type { ColumnData, PlanPayload } from "./protocol.js";

// the order columns: the requirement, event and peg columns are worked out on this side when
// first read, from the orders (see lazyColumns.ts)
const INT_COLUMNS = ["oItem", "oSeq", "oDue", "oRelease", "oSource"] as const;
const FLOAT_COLUMNS = ["oQty"] as const;
const BYTE_COLUMNS = ["oKind"] as const;

/** The payload of a plan and the buffers to transfer with it. */
export function payloadOf(result: PlanResult): { payload: PlanPayload; transfer: ArrayBuffer[] } {
  const st = stateOf(result);
  const a = st.arena;
  const columns: Record<string, ColumnData<Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>> = {};
  const transfer: ArrayBuffer[] = [];
  for (const name of [...INT_COLUMNS, ...FLOAT_COLUMNS, ...BYTE_COLUMNS]) {
    const col = a[name];
    const data = col.data as Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;
    columns[name] = { data, length: col.length };
    transfer.push(data.buffer);
  }
  const payload: PlanPayload = {
    columns,
    itemOrderStart: st.itemOrderStart,
    itemOrderEnd: st.itemOrderEnd,
    srEff: st.srEff,
    exceptions: Array.from(st.itemExceptions.index, (_, i) => {
      const batch = batchOf(st.itemExceptions, i);
      return batch === undefined ? null : rawOf(st.itemExceptions, batch, a.oItem.data, a.oQty.data);
    }),
    firmRefs: a.firmRefs,
    schedulesFirst: st.schedules.first,
    schedules: st.schedules.byOrder,
    choices: a.choices,
  };
  for (const x of [st.itemOrderStart, st.itemOrderEnd, st.srEff]) transfer.push(x.buffer as ArrayBuffer);
  return { payload, transfer };
}

/**
 * The plan a payload carries, over a model compiled on this side when first needed: `model()` is
 * called on the first read of the result's model, orders, items or messages, not before.
 */
export function resultOf(p: PlanPayload, model: () => Model): PlanResult {
  const int = (name: string) => {
    const c = new IntColumn(16);
    c.data = p.columns[name]!.data as Int32Array<ArrayBuffer>;
    c.length = p.columns[name]!.length;
    return c;
  };
  const byte = (name: string) => {
    const c = new ByteColumn(16);
    c.data = p.columns[name]!.data as Uint8Array<ArrayBuffer>;
    c.length = p.columns[name]!.length;
    return c;
  };
  const float = (name: string) => {
    const c = new FloatColumn(16);
    c.data = p.columns[name]!.data as Float64Array<ArrayBuffer>;
    c.length = p.columns[name]!.length;
    return c;
  };
  const arena: Arena = {
    reqTick: new IntColumn(16),
    reqQty: new FloatColumn(16),
    reqKind: new IntColumn(16),
    reqSrc: new IntColumn(16),
    reqLine: new IntColumn(16),
    oItem: int("oItem"),
    oKind: byte("oKind"),
    oSeq: int("oSeq"),
    oQty: float("oQty"),
    oDue: int("oDue"),
    oRelease: int("oRelease"),
    oSource: int("oSource"),
    evTick: new IntColumn(16),
    evGross: new FloatColumn(16),
    evSR: new FloatColumn(16),
    demandRefs: [],
    firmRefs: [...p.firmRefs],
    choices: new Map(p.choices),
    owner: undefined,
  };
  const batches = p.exceptions.map((raw): ExceptionBatch | undefined =>
    raw === null
      ? undefined
      : {
          raw,
          late0: 0,
          late1: 0,
          get model() {
            return model();
          },
        },
  );
  const itemExceptions: ItemExceptions = newItemExceptions(batches.length);
  batches.forEach((b, i) => {
    setBatch(itemExceptions, i, b);
  });
  const counts = { orders: arena.oItem.length, reqs: 0, events: 0, demandRefs: 0, firmRefs: arena.firmRefs.length };
  arena.owner = counts;
  const state: PlanState = {
    arena,
    counts,
    itemOrderStart: p.itemOrderStart,
    itemOrderEnd: p.itemOrderEnd,
    srEff: p.srEff,
    itemExceptions,
    schedules: { first: p.schedulesFirst, byOrder: p.schedules },
  };
  const columns = lazyColumnsOf(arena, state, model);
  let built: PlanResult | undefined;
  const full = (): PlanResult => (built ??= buildResult(model(), columns, state));
  const result: PlanResult = {
    get model() {
      return model();
    },
    get items() {
      return full().items;
    },
    get plannedOrders() {
      return full().plannedOrders;
    },
    get firmPlannedOrders() {
      return full().firmPlannedOrders;
    },
    get exceptions() {
      return full().exceptions;
    },
    columns,
  };
  attachState(result, state);
  return result;
}
