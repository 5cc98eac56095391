import { describe, expect, it } from "vitest";
import { countedAtCap } from "../../../src/stars/rules/caps.js";
import { computeStatement } from "../../../src/stars/statement.js";
import { done, participant, starProgramme } from "../../fixtures/stars.js";

describe("the cap (rules A6, rules/caps.ts)", () => {
  it("counts up to the cap; the rest is surplus", () => {
    expect(countedAtCap(15, null, 13, 2, 1)).toBe(15);
    expect(countedAtCap(15, null, 10, 2, 0)).toBe(12);
    expect(countedAtCap(null, null, 30, 2, 0)).toBe(32);
  });

  it("the bonus cap cuts the bonus before the window cap", () => {
    expect(countedAtCap(15, 1, 10, 3, 0)).toBe(11);
  });

  it("a 3-star completion that arrives at 14 counts 1 and leaves 2 surplus, in date order", () => {
    const programme = starProgramme();
    // 14 stars: a, big (3 each) in 2025 and 2026 = 12, plus b (2) = 14; then a 3-star one.
    const p = participant(programme, [
      done("a", "2025-02-01"),
      done("big", "2025-03-01"),
      done("a", "2026-02-01"),
      done("b", "2025-04-01"),
      done("n", "2026-01-15"),
      done("c", "2026-05-01"),
    ]);
    const statement = computeStatement(programme, p, "2026-12-31");
    // a counts once per window (3), big 3, b 2, n 2, c 1: 11 stars; no cap is reached here.
    expect(statement.totals.counted).toBe(11);
    const capped = computeStatement(starProgramme({ cap: 10, target: 10 }), p, "2026-12-31");
    const last = capped.lines.find((l) => l.completion.component === "c");
    // In date order: a 3, big 3, b 2 (8), n 2 (10), then c on 2026-05-01 has nothing left.
    expect(last?.reason).toBe("over-cap");
    expect(capped.totals).toMatchObject({ earned: 11, counted: 10, surplus: 1 });
  });
});
