/** The one ISO-date module, read by models and price books alike. */
import { describe, expect, it } from "vitest";
import { addDays, formatIsoDate, isIsoDate, isoWeekday, parseIsoDate } from "../../../src/internal/dates.ts";
import { safeDefineModel } from "../../../src/model/defineModel.ts";

describe("ISO dates", () => {
  it("print and read back every day of the years 0000-9999, matching Date on a sample", () => {
    const first = parseIsoDate("0000-01-01")!;
    const last = parseIsoDate("9999-12-31")!;
    expect([first, last]).toEqual([-719_528, 2_932_896]);
    let mismatches = 0;
    for (let day = first; day <= last; day++) {
      const iso = formatIsoDate(day);
      if (parseIsoDate(iso) !== day) mismatches++;
      if (day % 997 === 0 && new Date(day * 86_400_000).toISOString().slice(0, 10) !== iso) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it("refuse what is not a real YYYY-MM-DD date", () => {
    for (const text of ["2027-02-30", "1900-02-29", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "2026-01-01\n", "2026/01/01", "２０２６-01-01", ""]) {
      expect([text, parseIsoDate(text), isIsoDate(text)]).toEqual([text, undefined, false]);
    }
    expect([isIsoDate("2000-02-29"), isIsoDate("2024-02-29"), isIsoDate("0050-01-01")]).toEqual([true, true, true]);
  });

  it("count weekdays and add days across years", () => {
    expect(isoWeekday(parseIsoDate("2026-11-30")!)).toBe(1);
    expect(isoWeekday(parseIsoDate("0001-01-01")!)).toBe(1);
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(addDays("0001-01-01", -1)).toBe("0000-12-31");
  });

  it("read model dates of the first century as real dates", () => {
    const r = safeDefineModel({ calendar: { unit: "day", start: "0050-01-03", end: "0050-01-10" }, items: [{ id: "A", source: "buy" }] });
    expect(r.success).toBe(true);
    if (r.success) expect(r.data.calendar.horizon).toBe(6); // 0050-01-03 is a Monday: the 8th and 9th are the weekend
  });
});
