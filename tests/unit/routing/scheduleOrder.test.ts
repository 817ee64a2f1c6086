import { describe, expect, it } from "vitest";
import { operationStart, scheduleOrder } from "../../../src/routing/scheduleOrder.js";
import { defineModel } from "../../../src/model/defineModel.js";

const model = defineModel({
  calendar: { periods: 12 },
  items: [
    { id: "A", source: "make", leadTimeFrom: "routing" },
    { id: "B", source: "buy", leadTime: 2 },
    { id: "C", source: "make", leadTime: 3 },
  ],
  bom: [{ parent: "A", child: "B", quantity: 1, operation: 20 }],
  workCenters: [
    { id: "WC-1", capacity: 8 },
    { id: "WC-2", capacity: 10, efficiency: 1.25, utilization: 0.5 },
  ],
  routings: [
    {
      item: "A",
      operations: [
        { seq: 20, workCenter: "WC-2", setup: 1, run: 0.25, queue: 1, move: 0 },
        { seq: 10, workCenter: "WC-1", setup: 2, run: 0.5, queue: 0, move: 1 },
        { seq: 30, workCenter: null, outsourced: { leadTime: 2, cost: 3 }, queue: 0, move: 1 },
      ],
    },
  ],
});
const A = model.itemIndex.get("A")!;

describe("scheduleOrder", () => {
  it("schedules backward: move, run ticks from hours over available hours, queue", () => {
    const s = scheduleOrder(model, A, 20, 20);
    // op 30 outsourced: end 20, move 1 -> runEnd 19, lead time 2 -> runStart 17, start 17
    // op 20: hours (1 + 20*0.25)/1.25 = 4.8 over 10*0.5 = 5 h per tick -> 1 tick: 16..17, queue 1 -> start 15
    // op 10: hours 2 + 20*0.5 = 12 over 8 -> 2 ticks; end 15, move 1 -> runEnd 14, runStart 12, start 12
    expect(s).toEqual({
      release: 12,
      due: 20,
      operations: [
        { seq: 10, workCenter: "WC-1", start: 12, runStart: 12, runEnd: 14, end: 15, hours: 12, outsourced: false },
        { seq: 20, workCenter: "WC-2", start: 15, runStart: 16, runEnd: 17, end: 17, hours: 4.8, outsourced: false },
        { seq: 30, workCenter: null, start: 17, runStart: 17, runEnd: 19, end: 20, hours: 0, outsourced: true },
      ],
    });
    expect(operationStart(s, 20)).toBe(15);
    expect(operationStart(s, 10)).toBe(12);
    expect(operationStart(s, 99)).toBe(12);
  });

  it("takes 0 run ticks without hours, 1 tick on a work center without capacity, and strips float noise", () => {
    const m = defineModel({
      calendar: { periods: 4 },
      items: [
        { id: "Z", source: "make", leadTimeFrom: "routing" },
        { id: "N", source: "make" },
        { id: "P", source: "buy", leadTime: 3 },
      ],
      workCenters: [
        { id: "OFF", capacity: 0 },
        { id: "TENTH", capacity: 0.1 },
      ],
      routings: [
        { item: "Z", operations: [{ seq: 10, workCenter: "TENTH", queue: 2 }] },
        {
          item: "N",
          operations: [
            { seq: 10, workCenter: "OFF", setup: 5 },
            { seq: 20, workCenter: "TENTH", run: 0.1 },
          ],
        },
      ],
    });
    // Z: no hours -> 0 run ticks, only the queue.
    expect(scheduleOrder(m, m.itemIndex.get("Z")!, 10, 5)).toEqual({
      release: 3,
      due: 5,
      operations: [{ seq: 10, workCenter: "TENTH", start: 3, runStart: 5, runEnd: 5, end: 5, hours: 0, outsourced: false }],
    });
    // N: 3 x 0.1 = 0.3 h over 0.1 h per tick is 3 ticks (not 4); 5 h on no capacity take 1 tick.
    const n = scheduleOrder(m, m.itemIndex.get("N")!, 3, 4);
    expect(n.operations.map((o) => [o.runStart, o.runEnd, o.hours])).toEqual([
      [0, 1, 5],
      [1, 4, 0.3],
    ]);
    expect(n.release).toBe(0);
    // P: no routing -> the item's lead time, ticks may be negative.
    expect(scheduleOrder(m, m.itemIndex.get("P")!, 1, 1)).toEqual({ release: -2, due: 1, operations: [] });
  });
});
