import { describe, expect, it } from "vitest";
import type { ComponentInput, ParticipantInput } from "../../src/programme/types.js";
import { parseParticipant, parseProgramme } from "../../src/programme/validate.js";
import { planToTarget, teamPlan } from "../../src/stars/plan.js";
import { explainPlan } from "../../src/stars/plan-messages.js";

/**
 * A hand-sized programme (SPEC A8 plans): editions 2025 and 2026 with the same components, target
 * and cap `target` (6 unless said), window 2025–2026. As of 2026-06-30 only the 2026 edition remains.
 *
 * | id | stars | hours | notes                    |
 * | m  | 1     | 2     | mandatory for everyone   |
 * | x  | 3     | 2     | theme t1                 |
 * | y  | 3     | 10    | spearhead s1             |
 * | z  | 2     | 1     |                          |
 * | w  | 2     | 1     | ties with z              |
 * | v  | 1     | 1     |                          |
 * | o  | 3     | 1     | only in the 2025 edition |
 */
function programme(target = 6) {
  const components: ComponentInput[] = [
    {
      id: "m",
      title: "Mandatory",
      stars: 1,
      hours: 2,
      requirement: "mandatory",
      format: "classroom",
    },
    {
      id: "x",
      title: "X",
      stars: 3,
      hours: 2,
      requirement: "elective",
      format: "classroom",
      theme: "t1",
    },
    {
      id: "y",
      title: "Y",
      stars: 3,
      hours: 10,
      requirement: "elective",
      format: "classroom",
      spearheads: ["s1"],
    },
    { id: "z", title: "Z", stars: 2, hours: 1, requirement: "elective", format: "informal" },
    { id: "w", title: "W", stars: 2, hours: 1, requirement: "elective", format: "informal" },
    { id: "v", title: "V", stars: 1, hours: 1, requirement: "elective", format: "e-learning" },
  ];
  return parseProgramme({
    formatVersion: 1,
    id: "plan-test",
    name: "Plan test",
    themes: [{ id: "t1", name: "T1" }],
    spearheads: [{ id: "s1", name: "S1" }],
    policy: { startYear: 2025, target },
    editions: [
      {
        year: 2025,
        components: [
          ...components,
          { id: "o", title: "O", stars: 3, hours: 1, requirement: "elective", format: "informal" },
        ],
      },
      { year: 2026, components },
    ],
  });
}

const AS_OF = "2026-06-30";
const person = (input: Omit<ParticipantInput, "id">, target = 6) =>
  parseParticipant({ id: "p", ...input }, programme(target));
const ids = (plan: ReturnType<typeof planToTarget>) => plan.items.map((i) => i.component).sort();

describe("planToTarget (SPEC A8)", () => {
  it("gives an empty plan when the target is met and nothing mandatory is outstanding", () => {
    // m (1) + x (3) + y (3) in 2025 = 7 earned, 6 counted (cap 6); m meets both editions' obligations.
    const p = person({
      completions: [
        { component: "m", date: "2025-02-01" },
        { component: "x", date: "2025-03-01" },
        { component: "y", date: "2025-04-01" },
      ],
    });
    const plan = planToTarget(programme(), p, AS_OF);
    expect(plan.items).toEqual([]);
    expect(plan).toMatchObject({ reached: true, countedBefore: 6, countedAfter: 6, shortfall: 0 });
    expect(plan.years).toEqual([2026]);
  });

  it("suggests only the outstanding mandatory component when the stars are there (mandatory first)", () => {
    // x + y in 2025 = 6 counted; m is outstanding (overdue for 2025, outstanding for 2026).
    const p = person({
      completions: [
        { component: "x", date: "2025-03-01" },
        { component: "y", date: "2025-04-01" },
      ],
    });
    const plan = planToTarget(programme(), p, AS_OF);
    expect(plan.items).toHaveLength(1);
    expect(plan.items[0]).toMatchObject({
      component: "m",
      year: 2026,
      date: AS_OF,
      stars: 1,
      adds: 0, // the cap of 6 is full already
      reason: "mandatory",
      obligations: [
        { year: 2025, due: "2025-12-31", overdue: true },
        { year: 2026, due: "2026-12-31", overdue: false },
      ],
    });
    expect(plan.unmetObligations).toBe(0);
  });

  it("takes the fewest hours and breaks the z/w tie deterministically", () => {
    // m done in 2025 (1 star): 5 more needed from 2026. Least hours: x (3, 2 h) + a 2-star of 1 h:
    // z or w, 3 h either way, 2 components either way. The tie-break keeps the set whose latest
    // candidate in (year, id) order is earliest: {w, x} (latest x) before {x, z} (latest z).
    const p = person({ completions: [{ component: "m", date: "2025-02-01" }] });
    const plan = planToTarget(programme(), p, AS_OF);
    expect(ids(plan)).toEqual(["w", "x"]);
    expect(plan).toMatchObject({ reached: true, countedAfter: 6, hours: 3 });
    expect(plan.items.every((i) => i.reason === "target")).toBe(true);
    // The same input gives the same plan, whatever the order of the completions.
    expect(planToTarget(programme(), p, AS_OF)).toEqual(plan);
  });

  it("prefers a development-point match over a cheaper non-match", () => {
    // Spearhead s1 matches y only. Plans without any non-matching elective cannot reach 5 (y = 3),
    // so the best has one non-match: y + w (5 stars, 11 h), beating x + w (3 h, two non-matches).
    const p = person({
      completions: [{ component: "m", date: "2025-02-01" }],
      developmentPoints: [{ kind: "spearhead", id: "s1" }],
    });
    const plan = planToTarget(programme(), p, AS_OF);
    expect(ids(plan)).toEqual(["w", "y"]);
    expect(plan.hours).toBe(11);
    expect(plan.items.find((i) => i.component === "y")).toMatchObject({
      reason: "development-point",
      matches: [{ kind: "spearhead", id: "s1" }],
    });
    // With theme t1 too, x and y both match: 6 stars, no non-match at all (12 h).
    const both = person({
      completions: [{ component: "m", date: "2025-02-01" }],
      developmentPoints: [
        { kind: "spearhead", id: "s1" },
        { kind: "theme", id: "t1" },
      ],
    });
    expect(ids(planToTarget(programme(), both, AS_OF))).toEqual(["x", "y"]);
  });

  it("says when the target cannot be reached and how close the best plan gets", () => {
    // Target 15 (the window holds 15 with o), nothing done in 2025: o is gone, and the 2026
    // edition holds 1+3+3+2+2+1 = 12 stars at most.
    const p = person({}, 15);
    const plan = planToTarget(programme(15), p, AS_OF);
    expect(plan).toMatchObject({
      reached: false,
      countedBefore: 0,
      countedAfter: 12,
      shortfall: 3,
    });
    expect(ids(plan)).toEqual(["m", "v", "w", "x", "y", "z"]);
    expect(explainPlan(plan, "en").split("\n")[1]).toBe(
      "The target of 15 stars can no longer be reached in this window; the best plan reaches 12 (3 stars short).",
    );
    expect(explainPlan(plan, "nl").split("\n")[1]).toBe(
      "Het doel van 15 sterren is in deze periode niet meer te halen; het beste plan komt op 12 (3 sterren tekort).",
    );
  });

  it("ignores completions after the as-of date and does not change its input", () => {
    const p = person({
      completions: [
        { component: "m", date: "2025-02-01" },
        { component: "x", date: "2026-09-01" }, // not known at the as-of date
      ],
    });
    const frozen = structuredClone(p);
    expect(ids(planToTarget(programme(), p, AS_OF))).toEqual(["w", "x"]);
    expect(p).toEqual(frozen);
  });

  it("explains each item with its reason in Dutch and English", () => {
    const p = person({ completions: [{ component: "m", date: "2025-02-01" }] });
    const plan = planToTarget(programme(), p, AS_OF);
    expect(explainPlan(plan, "en").split("\n")).toEqual([
      "Plan for p at 2026-06-30 (window 2025-01-01 to 2026-12-31)",
      "With this plan p goes from 1 to 6 of 6 stars: the target is reached.",
      "- 2026-06-30 W (edition 2026): 2 stars, adds 2, 1 hour — brings stars towards the target at the fewest hours",
      "- 2026-06-30 X (edition 2026): 3 stars, adds 3, 2 hours — brings stars towards the target at the fewest hours",
      "In all 2 components, 3 hours.",
    ]);
    expect(explainPlan(plan, "nl").split("\n")[2]).toBe(
      "- 30-06-2026 W (editie 2026): 2 sterren, 2 erbij, 1 uur — brengt sterren naar het doel met de minste uren",
    );
  });
});

describe("teamPlan", () => {
  it("ranks components by how many plans they serve", () => {
    const prog = programme();
    const a = parseParticipant(
      { id: "a", completions: [{ component: "m", date: "2025-02-01" }] },
      prog,
    );
    const b = parseParticipant(
      {
        id: "b",
        completions: [
          { component: "m", date: "2025-02-01" },
          { component: "y", date: "2025-03-01" },
        ],
      },
      prog,
    );
    // a: w + x (above). b: 4 stars, needs 2: w or z (1 h each) — the tie-break picks w.
    expect(teamPlan(prog, [b, a], AS_OF)).toEqual([
      { component: "w", title: "W", year: 2026, participants: ["a", "b"] },
      { component: "x", title: "X", year: 2026, participants: ["a"] },
    ]);
  });
});
