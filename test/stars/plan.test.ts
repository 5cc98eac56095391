import { describe, expect, it } from "vitest";
import type { ComponentInput, ParticipantInput } from "../../src/programme/types.js";
import { parseParticipant, parseProgramme } from "../../src/programme/validate.js";
import { planToTarget, teamPlan } from "../../src/stars/plan.js";
import { explainPlan } from "../../src/stars/plan-messages.js";

/**
 * A hand-sized programme (rules A8 plans): editions 2025 and 2026 with the same components, target
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

describe("planToTarget (rules A8)", () => {
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
      matches: [{ kind: "spearhead", id: "s1", name: "S1" }],
    });
    // The explanation names the development point by its name, not its id (issue 16).
    expect(explainPlan(plan, "en")).toContain("matches the development point S1 (spearhead)");
    expect(explainPlan(plan, "nl")).toContain("past bij het aandachtspunt S1 (speerpunt)");
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
    // "p" has no name: said in words, with the id quoted.
    expect(explainPlan(plan, "en").split("\n")).toEqual([
      'Plan for participant "p" as of 30 June 2026 (window 1 January 2025 to 31 December 2026)',
      'With this plan participant "p" goes from 1 to 6 of 6 stars: the target is reached.',
      "- W (2026 edition, from 30 June 2026): 2 stars, adds 2, 1 hour — brings stars towards the target at the fewest hours",
      "- X (2026 edition, from 30 June 2026): 3 stars, adds 3, 2 hours — brings stars towards the target at the fewest hours",
      "In all 2 components, 3 hours.",
    ]);
    expect(explainPlan(plan, "nl").split("\n")[2]).toBe(
      "- W (editie 2026, vanaf 30 juni 2026): 2 sterren, 2 erbij, 1 uur — brengt sterren naar het doel met de minste uren",
    );
    // With a name, the plan says the name.
    const named = planToTarget(
      programme(),
      person({ name: "Pien de Wit", completions: [{ component: "m", date: "2025-02-01" }] }),
      AS_OF,
    );
    expect(named.participantName).toBe("Pien de Wit");
    expect(explainPlan(named, "nl").split("\n").slice(0, 2)).toEqual([
      "Plan voor Pien de Wit, stand op 30 juni 2026 (periode 1 januari 2025 t/m 31 december 2026)",
      "Met dit plan komt Pien de Wit van 1 op 6 van de 6 sterren: het doel wordt bereikt.",
    ]);
  });
});

/**
 * Mandatory components no remaining edition offers (docs/plans.md §6), as of 2026-06-30, target
 * and cap 5 unless said:
 *
 * | id | stars | hours | notes                                              |
 * | m  | 1     | 1.5   | mandatory, both editions                           |
 * | q  | 1     | 1     | mandatory and repeatable, both editions            |
 * | r  | 1     | 0.5   | mandatory, only in the 2025 edition                |
 * | a  | 2     | 0.75  | elective                                           |
 * | b  | 3     | —     | elective without an estimate: weighed as 1.5 h     |
 */
function retiredProgramme(target = 5) {
  const shared: ComponentInput[] = [
    { id: "m", title: "M", stars: 1, hours: 1.5, requirement: "mandatory", format: "classroom" },
    {
      id: "q",
      title: "Q",
      stars: 1,
      hours: 1,
      requirement: "mandatory",
      format: "classroom",
      repeatable: true,
    },
    { id: "a", title: "A", stars: 2, hours: 0.75, requirement: "elective", format: "classroom" },
    { id: "b", title: "B", stars: 3, requirement: "elective", format: "informal" },
  ];
  return parseProgramme({
    formatVersion: 1,
    id: "plan-retired",
    name: "Plan test: retired components",
    themes: [],
    policy: { startYear: 2025, target },
    editions: [
      {
        year: 2025,
        components: [
          ...shared,
          {
            id: "r",
            title: "R",
            stars: 1,
            hours: 0.5,
            requirement: "mandatory",
            format: "classroom",
          },
        ],
      },
      { year: 2026, components: shared },
    ],
  });
}

describe("planToTarget: min-count counts components, not years (rules A4.2, A10.8)", () => {
  it("does not plan a repeatable elective twice for min-count: one component is one elective", () => {
    // Found by the A10.8 brute force: c0 is repeatable in 2025, not in 2026, so it has a group per
    // year; the dynamic programme counted an elective per group and planned both, which meets
    // min-count no better than one (the statement counts c0 once) and costs a component more.
    const c0 = (repeatable: boolean): ComponentInput => ({
      id: "c0",
      title: "Onderdeel c0",
      stars: 1,
      requirement: "elective",
      format: "blended",
      repeatable,
    });
    const programme = parseProgramme({
      formatVersion: 1,
      id: "p",
      name: "P",
      policy: { startYear: 2025, target: 1, cap: 1, electives: { minCount: 2 } },
      editions: [
        { year: 2025, components: [c0(true)] },
        { year: 2026, components: [c0(false)] },
      ],
    });
    const plan = planToTarget(programme, parseParticipant({ id: "p" }, programme), "2025-01-01");
    expect(plan.items.map((i) => [i.component, i.year])).toEqual([["c0", 2025]]);
    expect(plan.exact).toBe(true);
  });
});

describe("planToTarget: mandatory components no longer on offer (rules A3, A8)", () => {
  // Nothing done. Outstanding: m (2025, 2026), q (2025, 2026), r (2025). Only the 2026 edition
  // remains: m meets both of m's obligations, q@2026 meets q's 2026 one; r is not offered any
  // more and q's 2025 one needed a completion in 2025. m + q give 2 stars, 3 more are needed:
  // b alone (weighed 1.5 h, the edition's longest) beats a + b (2.25 h). Known hours: 1.5 + 1.
  const prog = retiredProgramme();
  const p = parseParticipant({ id: "p" }, prog);
  const plan = planToTarget(prog, p, AS_OF);

  it("plans only what a remaining edition offers and reports the rest as unavailable", () => {
    expect(ids(plan)).toEqual(["b", "m", "q"]);
    expect(plan.items.every((i) => i.stars > 0 && i.year === 2026)).toBe(true);
    expect(plan).toMatchObject({ reached: true, countedAfter: 5, hours: 2.5, unknownHours: 1 });
    expect(plan.unavailable).toEqual([
      { component: "q", title: "Q", year: 2025, due: "2025-12-31", overdue: true },
      { component: "r", title: "R", year: 2025, due: "2025-12-31", overdue: true },
    ]);
    expect(plan.unmetObligations).toBe(2);
  });

  it("weighs an unknown duration as the edition's longest, so a known shorter one wins", () => {
    // Target 4: 2 more after m + q: a (2 stars, 0.75 h) rather than b (3 stars, weighed 1.5 h).
    const four = retiredProgramme(4);
    const plan4 = planToTarget(four, parseParticipant({ id: "p" }, four), AS_OF);
    expect(ids(plan4)).toEqual(["a", "m", "q"]);
    expect(plan4).toMatchObject({ hours: 3.25, unknownHours: 0 });
    expect(explainPlan(plan4, "nl").split("\n")[5]).toBe("Samen 3 onderdelen, 3,25 uur.");
  });

  it("is not suggested by the team view either", () => {
    expect(teamPlan(prog, [p], AS_OF).map((r) => r.component)).toEqual(["b", "m", "q"]);
  });

  it("explains with a decimal comma in Dutch, the unknown durations and what to discuss", () => {
    expect(explainPlan(plan, "nl").split("\n")).toEqual([
      'Plan voor medewerker "p", stand op 30 juni 2026 (periode 1 januari 2025 t/m 31 december 2026)',
      'Met dit plan komt medewerker "p" van 0 op 5 van de 5 sterren: het doel wordt bereikt.',
      "- B (editie 2026, vanaf 30 juni 2026): 3 sterren, 3 erbij, duur onbekend — brengt sterren naar het doel met de minste uren",
      "- M (editie 2026, vanaf 30 juni 2026): 1 ster, 1 erbij, 1,5 uur — verplicht, over tijd (uiterlijk 31 december 2025 en 31 december 2026)",
      "- Q (editie 2026, vanaf 30 juni 2026): 1 ster, 1 erbij, 1 uur — verplicht (uiterlijk 31 december 2026)",
      "Samen 3 onderdelen, 2,5 uur; van 1 onderdeel is de duur niet bekend.",
      "- Q (verplicht in editie 2025, uiterlijk 31 december 2025, over tijd): niet meer aangeboden, bespreek dit met je leidinggevende.",
      "- R (verplicht in editie 2025, uiterlijk 31 december 2025, over tijd): niet meer aangeboden, bespreek dit met je leidinggevende.",
    ]);
    expect(explainPlan(plan, "en").split("\n").slice(2)).toEqual([
      "- B (2026 edition, from 30 June 2026): 3 stars, adds 3, duration unknown — brings stars towards the target at the fewest hours",
      "- M (2026 edition, from 30 June 2026): 1 star, adds 1, 1.5 hours — mandatory, overdue (due 31 December 2025 and 31 December 2026)",
      "- Q (2026 edition, from 30 June 2026): 1 star, adds 1, 1 hour — mandatory (due 31 December 2026)",
      "In all 3 components, 2.5 hours; 1 component has no duration.",
      "- Q (mandatory in the 2025 edition, due 31 December 2025, overdue): no longer on offer, discuss with your manager.",
      "- R (mandatory in the 2025 edition, due 31 December 2025, overdue): no longer on offer, discuss with your manager.",
    ]);
  });

  it("does not say nothing is left to do while an obligation stays open", () => {
    // a + b + m in 2025 give 6 stars, 5 counted; q's 2025 obligation and r stay open.
    const done = parseParticipant(
      {
        id: "p",
        completions: [
          { component: "a", date: "2025-03-01" },
          { component: "b", date: "2025-04-01" },
          { component: "m", date: "2025-05-01" },
          { component: "q", date: "2026-05-01" },
        ],
      },
      prog,
    );
    const full = planToTarget(prog, done, AS_OF);
    expect(full.items).toEqual([]);
    expect(explainPlan(full, "en").split("\n").slice(1)).toEqual([
      "The target of 5 stars is reached already.",
      "- Q (mandatory in the 2025 edition, due 31 December 2025, overdue): no longer on offer, discuss with your manager.",
      "- R (mandatory in the 2025 edition, due 31 December 2025, overdue): no longer on offer, discuss with your manager.",
    ]);
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
