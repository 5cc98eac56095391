import { describe, expect, it } from "vitest";
import type { Participant } from "../../../src/programme/types.js";
import { parseParticipant, parseProgramme } from "../../../src/programme/validate.js";
import { computeStatement } from "../../../src/stars/statement.js";
import { component } from "../../fixtures/minimal.js";

/**
 * A programme of 2020 with rolling one-year windows and carry-over, and a participant who started
 * in 1900 with 200 completions in 2020: at 2999-12-31 the history holds about 1,080 windows.
 */
function longHistory() {
  const programme = parseProgramme({
    formatVersion: 1,
    id: "long",
    name: "Long",
    policy: {
      startYear: 1900,
      window: { kind: "rolling", years: 1 },
      target: 5,
      cap: 8,
      carryOver: 3,
    },
    editions: [{ year: 2020, components: ["a", "b", "c", "d", "e"].map((id) => component(id)) }],
  });
  const completions = Array.from({ length: 200 }, (_, i) => ({
    component: "abcde"[i % 5] as string,
    date: `2020-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
    status: "approved",
  }));
  const participant = parseParticipant(
    { id: "p", startDate: "1900-01-01", completions },
    programme,
  );
  return { programme, participant };
}

/** The participant with its completions behind a proxy that counts how often one is read. */
function counted(participant: Participant): { participant: Participant; reads: () => number } {
  let reads = 0;
  const completions = new Proxy(participant.completions as Participant["completions"][number][], {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { participant: { ...participant, completions }, reads: () => reads };
}

describe("history (rules A8.6, rules/history.ts)", () => {
  it("rules A8.6: a history of a thousand windows reads each completion a few times, not once per window", () => {
    const { programme, participant } = longHistory();
    const { participant: watched, reads } = counted(participant);
    const statement = computeStatement(programme, watched, "2999-12-31");
    expect(statement.history.length).toBeGreaterThan(1000);
    // Before, every earlier window read (and sorted) all 200 completions: over 200,000 reads.
    expect(reads()).toBeLessThan(10 * participant.completions.length);
    // The window of 2020 keeps its numbers (rules A10.9): as a statement on its last day says,
    // 5 components done 40 times each, one star each (duplicates count once), none carried in.
    const of2020 = statement.history.find((h) => h.window.end === "2020-12-31");
    const at2020 = computeStatement(programme, participant, "2020-12-31");
    expect(at2020.totals).toMatchObject({ earned: 5, counted: 5, target: 5 });
    expect(of2020).toEqual({
      window: { start: at2020.window.start, end: at2020.window.end, days: at2020.window.days },
      totals: at2020.totals,
      status: at2020.status,
      reached: true,
    });
  });
});
