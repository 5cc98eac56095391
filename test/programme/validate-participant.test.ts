import { describe, expect, it } from "vitest";
import {
  parseParticipant,
  parseProgramme,
  validateParticipant,
  validateParticipants,
} from "../../src/programme/validate.js";
import { diagnosticsOf } from "../fixtures/helpers.js";
import { minimalProgramme } from "../fixtures/minimal.js";

const programme = parseProgramme({
  ...minimalProgramme(),
  groups: [{ id: "frontoffice", name: "Frontoffice" }],
});

const codes = (r: Parameters<typeof diagnosticsOf>[0]) =>
  diagnosticsOf(r).map((d) => `${d.severity}:${d.code}@${d.path.join(".")}`);

describe("participants (rules A1)", () => {
  it("fills defaults: groups, completions, roles, exemptions, development points; status approved", () => {
    const p = parseParticipant({ id: "p1", completions: [{ component: "a", date: "2025-03-01" }] });
    expect(p).toEqual({
      id: "p1",
      groups: [],
      completions: [{ component: "a", date: "2025-03-01", status: "approved" }],
      roles: [],
      exemptions: [],
      developmentPoints: [],
    });
  });

  it("dates are calendar dates: 2025-02-29 and 2025-1-5 are refused, 2024-02-29 is fine", () => {
    const result = validateParticipant({
      id: "p1",
      startDate: "2025-1-5",
      completions: [
        { component: "a", date: "2025-02-29" },
        { component: "a", date: "2024-02-29" },
      ],
    });
    expect(codes(result)).toEqual([
      "error:invalid-date@completions.0.date",
      "error:invalid-date@startDate",
    ]);
  });

  it("evaluations are whole scores from 1 to 5", () => {
    const result = validateParticipant({
      id: "p1",
      completions: [
        {
          component: "a",
          date: "2025-03-01",
          evaluation: { participantScore: 6, effectScore: 2.5 },
        },
      ],
    });
    expect(codes(result)).toEqual([
      "error:not-an-integer@completions.0.evaluation.effectScore",
      "error:too-big@completions.0.evaluation.participantScore",
    ]);
  });

  it("a reversed exemption period is an error", () => {
    const result = validateParticipant({
      id: "p1",
      exemptions: [{ from: "2025-06-01", to: "2025-05-01", reason: "verlof" }],
    });
    expect(diagnosticsOf(result)).toEqual([
      expect.objectContaining({
        code: "period-reversed",
        severity: "error",
        params: { from: "2025-06-01", to: "2025-05-01" },
      }),
    ]);
  });

  it("against a programme: unknown references are warnings, so the participant still evaluates (rules A5, A7)", () => {
    const result = validateParticipant(
      {
        id: "p1",
        groups: ["frontoffice", "magazijn"],
        completions: [
          { component: "a", date: "2025-03-01" },
          { component: "zzz", date: "2025-03-01" },
          { component: "a", date: "2027-03-01" },
        ],
        roles: [{ theme: "onbekend", role: "trainer", year: 2025 }],
        developmentPoints: [
          { kind: "theme", id: "t" },
          { kind: "spearhead", id: "t" },
        ],
      },
      programme,
    );
    expect(result.ok).toBe(true);
    expect(codes(result)).toEqual([
      "warning:unknown-component@completions.1.component",
      "warning:completion-without-edition@completions.2.date",
      "warning:unknown-development-point@developmentPoints.1",
      "warning:unknown-group@groups.1",
      "warning:unknown-role-theme@roles.0.theme",
    ]);
  });

  it("without a programme, references are not judged", () => {
    expect(
      codes(
        validateParticipant({ id: "p1", completions: [{ component: "zzz", date: "2025-03-01" }] }),
      ),
    ).toEqual([]);
  });

  it("a list: every participant checked, paths start at its index, duplicate ids found", () => {
    const result = validateParticipants(
      [{ id: "p1" }, { id: "p2", groups: "frontoffice" }, { id: "p1" }, 7],
      programme,
    );
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([
      "error:invalid-type@1.groups",
      "error:duplicate-id@2.id",
      "error:invalid-type@3",
    ]);
  });

  it("a list that is not an array is one diagnostic", () => {
    expect(codes(validateParticipants({ id: "p1" }))).toEqual(["error:invalid-type@"]);
  });
});
