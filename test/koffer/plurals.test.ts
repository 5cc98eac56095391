import { describe, expect, it } from "vitest";
import { en } from "../../src/koffer/i18n/en.js";
import { nl } from "../../src/koffer/i18n/nl.js";
import { planEn } from "../../src/koffer/i18n/team-score-action-plan-en.js";
import { planNl } from "../../src/koffer/i18n/team-score-action-plan-nl.js";

describe("koffer messages count with real plurals (rules B2, B4)", () => {
  it("one point is one point: ties, totals and budgets", () => {
    const tie = { categories: ["a", "b"], labels: ["Netwerken", "Klantcontact"], points: 1 };
    expect(nl.tie(tie)).toMatch(/ hebben allebei 1 punt\.$/);
    expect(en.tie(tie)).toMatch(/ both have 1 point\.$/);
    expect(nl["under-budget"]({ total: 1, budget: 100 })).toBe(
      "Het vel verdeelt 1 punt in plaats van precies 100 punten.",
    );
    expect(en["under-budget"]({ total: 1, budget: 100 })).toBe(
      "The sheet hands out 1 point instead of exactly 100 points.",
    );
    expect(en["over-budget"]({ total: 2, budget: 1 })).toBe(
      "The sheet hands out 2 points, more than the budget of 1 point.",
    );
    expect(nl["over-budget"]({ total: 120, budget: 100 })).toBe(
      "Het vel verdeelt 120 punten, meer dan het budget van 100 punten.",
    );
  });

  it("one mean is one mean", () => {
    expect(planNl["means-count"]({ expected: 8, received: 1 })).toBe(
      "Er zijn 8 categorieën maar 1 gemiddelde.",
    );
    expect(planEn["means-count"]({ expected: 8, received: 1 })).toBe(
      "There are 8 categories but 1 mean.",
    );
    expect(planEn["means-count"]({ expected: 8, received: 0 })).toBe(
      "There are 8 categories but 0 means.",
    );
  });
});
