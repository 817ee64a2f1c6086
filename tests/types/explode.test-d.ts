/**
 * The overloads of `explode`: the result type follows `summarized`, so a caller never has to
 * narrow an indented explosion from a summarized one by hand.
 */
import { describe, expectTypeOf, it } from "vitest";
import { explode, type ExplodeOptions, type IndentedExplosion, type Model, type SummarizedExplosion } from "../../src/index.ts";

declare const model: Model;
declare const options: ExplodeOptions;
declare const flag: boolean;

describe("explode", () => {
  it("returns an indented explosion without options, or with summarized false or absent", () => {
    expectTypeOf(explode(model, "BIKE")).toEqualTypeOf<IndentedExplosion>();
    expectTypeOf(explode(model, "BIKE", {})).toEqualTypeOf<IndentedExplosion>();
    expectTypeOf(explode(model, "BIKE", { quantity: 10, date: "2026-03-02" })).toEqualTypeOf<IndentedExplosion>();
    expectTypeOf(explode(model, "BIKE", { summarized: false, date: 3 })).toEqualTypeOf<IndentedExplosion>();
  });

  it("returns a summarized explosion with summarized true", () => {
    expectTypeOf(explode(model, "BIKE", { summarized: true })).toEqualTypeOf<SummarizedExplosion>();
    expectTypeOf(explode(model, "BIKE", { summarized: true, quantity: 2 })).toEqualTypeOf<SummarizedExplosion>();
  });

  it("returns the union when summarized is only known at run time", () => {
    expectTypeOf(explode(model, "BIKE", { summarized: flag })).toEqualTypeOf<IndentedExplosion | SummarizedExplosion>();
    expectTypeOf(explode(model, "BIKE", options)).toEqualTypeOf<IndentedExplosion | SummarizedExplosion>();
  });

  it("keeps the two result shapes apart", () => {
    expectTypeOf<IndentedExplosion>().not.toEqualTypeOf<SummarizedExplosion>();
    expectTypeOf(explode(model, "BIKE")).toHaveProperty("lines");
    expectTypeOf(explode(model, "BIKE", { summarized: true })).toHaveProperty("components");
  });

  it("rejects wrong arguments", () => {
    // @ts-expect-error the item is an id, not an index
    explode(model, 0);
    // @ts-expect-error quantity is a number
    explode(model, "BIKE", { quantity: "10" });
    // @ts-expect-error no such option
    explode(model, "BIKE", { levels: 2 });
  });
});
