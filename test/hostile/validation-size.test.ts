import { describe, expect, it } from "vitest";
import {
  holdsMoreValuesThan,
  MAX_PARTICIPANT_VALUES,
  MAX_PROGRAMME_VALUES,
} from "../../src/programme/input-size.js";
import { validateParticipants, validateProgramme } from "../../src/programme/validate.js";

describe("rules A9, A10.7: validation reads a bounded amount per document", () => {
  it("counts objects, lists and scalars, and stops at the limit", () => {
    // { a: [1, 2] } is 4 values: the object, the list and two numbers.
    expect(holdsMoreValuesThan({ a: [1, 2] }, 4)).toBe(false);
    expect(holdsMoreValuesThan({ a: [1, 2] }, 3)).toBe(true);
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(holdsMoreValuesThan(cyclic, 1000)).toBe(true);
  });

  it("a participant with 100,000 empty completions is one input-too-large, not a stack overflow", () => {
    const completions = Array.from({ length: 100_000 }, () => ({}));
    const before = process.memoryUsage().heapUsed;
    const result = validateParticipants([
      { id: "p-ok", completions: [] },
      { id: "p", completions },
    ]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    const [d] = result.diagnostics;
    expect(d?.code).toBe("input-too-large");
    expect(d?.path).toEqual([1]);
    expect(d?.params).toEqual({ limit: MAX_PARTICIPANT_VALUES, of: "participant" });
    expect(d?.message.nl).toContain("100.000");
    expect(d?.message.en).toContain("100,000");
  });

  it("a participant just under the limit is still validated item by item", () => {
    // The participant object, its id, its list: 3 values; 4,000 empty completions stay far below.
    const result = validateParticipants([
      { id: "p", completions: Array.from({ length: 4000 }, () => ({})) },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.some((d) => d.code === "input-too-large")).toBe(false);
    expect(result.diagnostics.length).toBeGreaterThanOrEqual(4000);
  });

  it("a programme above its limit is refused before its shape is read", () => {
    const editions = { length: MAX_PROGRAMME_VALUES + 1 };
    const result = validateProgramme({
      id: "x",
      name: "x",
      formatVersion: 1,
      editions: Array.from(editions, () => 0),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => d.code)).toEqual(["input-too-large"]);
  });
});
