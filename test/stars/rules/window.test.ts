import { describe, expect, it } from "vitest";
import { parseProgramme } from "../../../src/programme/validate.js";
import { windowAt } from "../../../src/stars/rules/window.js";
import { starProgramme } from "../../fixtures/stars.js";

describe("the window (rules A6, rules/window.ts)", () => {
  const fixed = starProgramme().policy;

  it("fixed windows are consecutive two-year periods from the start year", () => {
    expect(windowAt(fixed, {}, "2026-12-31")).toMatchObject({
      start: "2025-01-01",
      end: "2026-12-31",
    });
    expect(windowAt(fixed, {}, "2027-01-01")).toMatchObject({
      start: "2027-01-01",
      end: "2028-12-31",
    });
  });

  it("a participant window turns over on the anniversary of the start date, not before", () => {
    const policy = parseProgramme({
      ...structuredClone(starProgramme()),
      policy: { ...structuredClone(fixed), window: { ...fixed.window, kind: "participant" } },
    }).policy;
    const who = { startDate: "2025-03-15" };
    expect(windowAt(policy, who, "2027-03-14")).toMatchObject({
      start: "2025-03-15",
      end: "2027-03-14",
    });
    expect(windowAt(policy, who, "2027-03-15")).toMatchObject({
      start: "2027-03-15",
      end: "2029-03-14",
    });
  });
});
