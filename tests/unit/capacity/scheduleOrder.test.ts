import { describe, expect, it } from "vitest";
import { operationStart, scheduleOrder } from "../../../src/capacity/scheduleOrder.js";
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
});
