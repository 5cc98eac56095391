import { describe, expect, it } from "vitest";
import { compactDay } from "../../../src/dates/calendar-date.js";
import { meetsObligationsFrom } from "../../../src/stars/rules/mandatory.js";
import { computeStatement } from "../../../src/stars/statement.js";
import { done, participant, starProgramme } from "../../fixtures/stars.js";

describe("mandatory obligations (rules A3, rules/mandatory.ts)", () => {
  it("an obligation due on the window's last day is outstanding then, and the next window does not ask it (A3.3)", () => {
    // r is a yearly refresher, mandatory in 2025 and 2026; done in 2025 only.
    const p = participant(programme, [done("r", "2025-03-01")]);
    const lastDay = computeStatement(programme, p, "2026-12-31");
    expect(
      lastDay.mandatory.obligations.find((o) => o.component === "r" && o.year === 2026),
    ).toMatchObject({ due: "2026-12-31", status: "outstanding" });
    const next = computeStatement(programme, p, "2027-01-01");
    expect(next.window.start).toBe("2027-01-01");
    expect(next.mandatory.obligations.some((o) => o.year === 2026)).toBe(false);
    expect(next.history.map((h) => [h.window.start, h.status === "complete"])).toEqual([
      ["2025-01-01", false],
    ]);
  });

  it("a window's obligations can be met from 1 January of its first year, wherever it starts", () => {
    expect(meetsObligationsFrom({ start: "2025-01-01" })).toBe(compactDay("2025-01-01"));
    expect(meetsObligationsFrom({ start: "2025-07-01" })).toBe(compactDay("2025-01-01"));
    expect(meetsObligationsFrom({ start: "2024-12-31" })).toBe(compactDay("2024-01-01"));
    expect(meetsObligationsFrom({ start: "2024-02-29" })).toBe(compactDay("2024-01-01"));
  });

  const programme = starProgramme();
  const obligation = (completions: ReturnType<typeof done>[], asOf: string) =>
    computeStatement(
      programme,
      participant(programme, completions),
      asOf,
    ).mandatory.obligations.find((o) => o.component === "m" && o.year === 2025);

  it("a completion dated exactly on the due date (the edition's last day) is on time", () => {
    expect(obligation([done("m", "2025-12-31")], "2026-06-30")).toMatchObject({
      due: "2025-12-31",
      completedOn: "2025-12-31",
      status: "met",
    });
  });

  it("one day after the due date it is met late; without it, it is overdue", () => {
    expect(obligation([done("m", "2026-01-01")], "2026-06-30")).toMatchObject({
      status: "met-late",
    });
    expect(obligation([], "2026-01-01")).toMatchObject({ completedOn: null, status: "overdue" });
    expect(obligation([], "2025-12-31")).toMatchObject({
      completedOn: null,
      status: "outstanding",
    });
  });
});
