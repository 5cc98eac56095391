import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { editDistance, nearestName } from "../../src/internal/nearest.js";

/** The textbook optimal-string-alignment distance, unbanded: the oracle. */
function osa(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d = Array.from({ length: s.length + 1 }, (_, i) =>
    Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= s.length; i++)
    for (let j = 1; j <= t.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + (s[i - 1] === t[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[s.length] as number[])[t.length] as number;
}

describe("nearestName: did you mean …?", () => {
  it("suggests the near name, or nothing", () => {
    expect(nearestName("hour", ["date", "hours", "component"])).toBe("hours");
    expect(nearestName("cmoponent", ["date", "hours", "component"])).toBe("component");
    expect(nearestName("Datum", ["date", "datum"])).toBe("datum");
    expect(nearestName("xyz", ["date", "hours"])).toBeUndefined();
    expect(nearestName("", ["a"])).toBeUndefined();
  });

  it("prefers the nearest, then the first listed", () => {
    expect(nearestName("theme", ["themes", "theme1", "them"])).toBe("themes");
    expect(nearestName("stars", ["starz", "stare"])).toBe("starz");
  });

  it("never compares names above 100 characters (the bound on its work)", () => {
    const long = "a".repeat(101);
    expect(nearestName(long, [long.slice(1)])).toBeUndefined();
    expect(nearestName("aaa", [long])).toBeUndefined();
  });

  test.prop([fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(4)])(
    "the banded distance agrees with the full one up to the bound (oracle)",
    (a, b, max) => {
      const full = osa(a, b);
      expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1);
    },
  );
});
