import { describe, expect, it } from "vitest";
import { mutate, pathsOf } from "./programme.js";

// The test helper itself: CI once failed on a cycle that `mutate` built out of one `constantFrom`
// object used by two mutations (the second wrote the object into itself).
describe("mutate (test helper)", () => {
  it("never writes into a mutation's value, even when two mutations share one object", () => {
    const shared = { participantScore: 5 };
    const doc = { id: "p-1", completions: [] as unknown[] };
    const out = mutate(doc, [
      { kind: "add", pick: 1, key: "extra", value: shared }, // a key beside "id"
      // Paths of the document after the first change: [], [id], [completions], [extra], [extra, participantScore].
      { kind: "replace", pick: 4, value: shared },
    ]);
    expect(shared).toEqual({ participantScore: 5 });
    expect(doc).toEqual({ id: "p-1", completions: [] });
    expect(out).toEqual({
      id: "p-1",
      completions: [],
      extra: { participantScore: { participantScore: 5 } },
    });
    expect(() => pathsOf(out)).not.toThrow();
  });
});
