import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UnknownItemError } from "../../../src/errors/UnknownItemError.js";
import { defineModel } from "../../../src/model/defineModel.js";
import { plan } from "../../../src/mrp/plan.js";
import { availableToPromise } from "../../../src/mps/availableToPromise.js";

const result = plan(defineModel(JSON.parse(readFileSync(new URL("../../../examples/network.json", import.meta.url), "utf8"))));
const rows = (key: string) => availableToPromise(result, key).buckets.map((b) => [b.mps, b.customerOrders, b.dependentDemand, b.discreteAtp, b.cumulativeAtp]);

describe("available-to-promise at a location of a supply network", () => {
  it("DC-EAST: 40 on hand and the transfers received in periods 3, 6 and 8 less the DC's own customer orders", () => {
    // period 1: 40 - (10 + 10) = 20 for periods 1-2; period 3: 50 - (15 + 20 + 10) = 5;
    // period 6: 50 - (25 + 15) = 10; period 8: 50 - 20 = 30
    expect(availableToPromise(result, "LAMP@DC-EAST").item).toBe("LAMP@DC-EAST");
    expect(rows("LAMP@DC-EAST")).toEqual([
      [0, 10, 0, 20, 20],
      [0, 10, 0, 0, 20],
      [50, 15, 0, 5, 25],
      [0, 20, 0, 0, 25],
      [0, 10, 0, 0, 25],
      [50, 25, 0, 10, 35],
      [0, 15, 0, 0, 35],
      [50, 20, 0, 30, 65],
    ]);
  });

  it("DC-WEST counts the transfer in transit as a receipt; a shortfall takes from the stock before it", () => {
    // period 1: 30 - 15 = 15; period 2: TR-1 20 - 20 = 0; period 3: 5 - 10 = -5, taken from period 1 (10 left)
    expect(rows("LAMP@DC-WEST").map((r) => r[3])).toEqual([10, 0, 0, 0, 0, 0, 0, 0]);
    expect(rows("LAMP@DC-WEST")[1]).toEqual([20, 20, 0, 0, 10]);
  });

  it("PLANT: the DCs' transfers ship as dependent demand and take every lamp the plant makes", () => {
    expect(rows("LAMP@PLANT").map((r) => r[2])).toEqual([50, 5, 15, 70, 10, 65, 10, 0]);
    expect(rows("LAMP@PLANT").map((r) => r[3])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it("an item without its location is unknown in a network", () => {
    expect(() => availableToPromise(result, "LAMP")).toThrow(UnknownItemError);
  });
});
