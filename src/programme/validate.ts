import type { Path } from "../diagnostics/diagnostic.js";
import { fromZodIssues } from "../diagnostics/from-zod.js";
import { failure, toResult, unwrap, type ValidationResult } from "../diagnostics/result.js";
import { schemaDiagnostic } from "../diagnostics/schema-codes.js";
import { Suggester } from "../diagnostics/suggest.js";
import { typeName } from "../diagnostics/value.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { CheckContext, IndexedEdition, ProgrammeView } from "./checks/context.js";
import { checkEditions } from "./checks/editions.js";
import { checkDuplicateIds, reportDuplicates } from "./checks/ids.js";
import { checkParticipant, indexProgramme, type ProgrammeIndex } from "./checks/participant.js";
import { checkPolicy } from "./checks/policy.js";
import { checkReachability } from "./checks/reachability.js";
import { checkReferences, checkThemesHaveComponents } from "./checks/references.js";
import { salvageParticipant, salvageProgramme } from "./checks/salvage.js";
import type { ProgrammeDiagnostic, SemanticDiagnostic } from "./diagnostics.js";
import { holdsMoreValuesThan, MAX_PARTICIPANT_VALUES, MAX_PROGRAMME_VALUES } from "./input-size.js";
import { type FastPathMemo, fastParticipant, fastPathMemo } from "./participant-fast-path.js";
import { runtimeSchemas } from "./schema/runtime.js";
import type { Participant, Programme } from "./types.js";

/**
 * The result of validating a programme.
 *
 * @example
 * const result: ProgrammeValidation = validateProgramme(json);
 */
export type ProgrammeValidation = ValidationResult<Programme, ProgrammeDiagnostic>;

/**
 * The result of validating one participant.
 *
 * @example
 * const result: ParticipantValidation = validateParticipant(json, programme);
 */
export type ParticipantValidation = ValidationResult<Participant, ProgrammeDiagnostic>;

/**
 * The result of validating a list of participants.
 *
 * @example
 * const result: ParticipantsValidation = validateParticipants(rows, programme);
 */
export type ParticipantsValidation = ValidationResult<readonly Participant[], ProgrammeDiagnostic>;

/** The longest detail an `unreadable-input` diagnostic quotes from a thrown message. */
const MAX_DETAIL = 200;

/**
 * What an `unreadable-input` diagnostic says about a thrown value: its message, cut short, when
 * it is an `Error` whose message can be read; otherwise its type alone. Reading a thrown value can
 * throw again (a revoked proxy, a `message` getter that throws), so that is caught here too, and
 * `String(value)` is never called: it runs the value's own code.
 */
function detailOf(thrown: unknown): string {
  try {
    if (thrown instanceof Error) {
      const message: unknown = thrown.message;
      if (typeof message === "string" && message.length > 0)
        return message.length > MAX_DETAIL ? `${message.slice(0, MAX_DETAIL - 1)}…` : message;
    }
  } catch {
    // Falls through to the type: the value refused to be read.
  }
  return thrown === null ? "null was thrown" : `a value of type ${typeof thrown} was thrown`;
}

/** Runs a validation and turns anything the input throws at us (a hostile getter) into a diagnostic. */
function guarded<T>(
  run: () => ValidationResult<T, ProgrammeDiagnostic>,
): ValidationResult<T, ProgrammeDiagnostic> {
  try {
    return run();
  } catch (error) {
    return failure([schemaDiagnostic("unreadable-input", [], { detail: detailOf(error) })]);
  }
}

/**
 * Validates a programme design (rules A9): its shape and its meaning — duplicate ids, unknown
 * references, missing or overlapping editions, unreachable targets, mandatory stars above the
 * cap, themes without components, empty editions and policy values that contradict each other.
 * Returns every problem at once, in one run: the meaning is checked for every part whose shape is
 * sound, beside the shape errors of the others (a misspelt theme is reported next to `stars: 4`),
 * and never from a part that is not (no follow-on errors). An unknown field or reference names the
 * nearest known one (`suggestion` in its params, "did you mean …?" in its messages). Never throws.
 *
 * @example
 * import { validateProgramme, formatDiagnostic } from "sterrenprogramma";
 *
 * const result = validateProgramme(JSON.parse(text));
 * if (result.ok) {
 *   console.log(`${result.value.name}: ${result.warnings.length} warnings`);
 * } else {
 *   for (const d of result.diagnostics) console.log(formatDiagnostic(d, "en"));
 * }
 * @function
 */
export const validateProgramme = /* @__PURE__ */ deepFreeze(function validateProgramme(
  input: unknown,
): ProgrammeValidation {
  return guarded(() => {
    if (holdsMoreValuesThan(input, MAX_PROGRAMME_VALUES)) {
      return failure([
        schemaDiagnostic("input-too-large", [], { limit: MAX_PROGRAMME_VALUES, of: "programme" }),
      ]);
    }
    const parsed = runtimeSchemas.programmeSchema.safeParse(input);
    if (!parsed.success) {
      const shape = fromZodIssues(parsed.error.issues, input, {
        schema: runtimeSchemas.programmeShape,
        suggester: new Suggester(),
      });
      const view = salvageProgramme(input);
      return failure(view === undefined ? shape : [...shape, ...checkProgramme(view)]);
    }
    const programme: Programme = parsed.data;
    return toResult(programme, checkProgramme(programme));
  });
});

/**
 * The throwing twin of `validateProgramme`: returns the programme or throws a
 * `SterrenprogrammaValidationError` that carries the same diagnostics. Warnings do not throw.
 *
 * @example
 * const programme = parseProgramme(JSON.parse(text));
 * @function
 */
export const parseProgramme = /* @__PURE__ */ deepFreeze(function parseProgramme(
  input: unknown,
): Programme {
  return unwrap("The programme", validateProgramme(input));
});

/**
 * The semantic checks of rules A9 on a programme: one of sound shape as it is, or the sound parts
 * of one that is not (checks/salvage.ts). Each check skips what it cannot know.
 */
function checkProgramme(programme: ProgrammeView): SemanticDiagnostic[] {
  const diagnostics: SemanticDiagnostic[] = [];
  const editionsByYear = new Map<number, IndexedEdition>();
  let yearsComplete = programme.editions !== undefined;
  for (const [index, edition] of (programme.editions ?? []).entries()) {
    if (edition?.year === undefined) yearsComplete = false;
    else if (!editionsByYear.has(edition.year))
      editionsByYear.set(edition.year, { edition, index });
  }
  const ctx: CheckContext = {
    programme,
    editionsByYear,
    yearsComplete,
    suggester: new Suggester(),
    report: (d) => diagnostics.push(d),
  };
  checkDuplicateIds(ctx);
  checkReferences(ctx);
  checkThemesHaveComponents(ctx);
  checkEditions(ctx);
  checkPolicy(ctx);
  checkReachability(ctx);
  return diagnostics;
}

/**
 * What one validation of participants carries from row to row: the suggesters, one for fields and
 * one for references, so that misspelt columns cannot spend the bound of misspelt components, and
 * each memoised over rows; and the fast path's memo (null: the schema reads every row, as the tests
 * compare).
 */
interface RowMemo {
  readonly fields: Suggester;
  readonly references: Suggester;
  readonly fastPath: FastPathMemo | null;
}

const newRowMemo = (fastPath = true): RowMemo => ({
  fields: new Suggester(),
  references: new Suggester(),
  fastPath: fastPath ? fastPathMemo() : null,
});

/**
 * One participant: its shape and, when the shape is sound, its meaning; when it is not, the
 * meaning of its sound parts beside the shape errors. `id` is the participant's id when sound,
 * for the duplicate check of a list.
 */
function parseOneParticipant(
  input: unknown,
  index: ProgrammeIndex | undefined,
  base: Path,
  rowMemo: RowMemo,
): {
  participant?: Participant;
  id?: string;
  diagnostics: ProgrammeDiagnostic[];
} {
  // Nearly every row of a real export is sound: the fast path reads it once and builds what the
  // schema would (participant-fast-path.ts); any other row goes to the schema, whose issues become
  // the diagnostics.
  const fast = rowMemo.fastPath === null ? undefined : fastParticipant(input, rowMemo.fastPath);
  if (fast !== undefined)
    return {
      participant: fast,
      id: fast.id,
      diagnostics: checkParticipant(fast, index, base, rowMemo.references),
    };
  if (holdsMoreValuesThan(input, MAX_PARTICIPANT_VALUES)) {
    return {
      diagnostics: [
        schemaDiagnostic("input-too-large", base, {
          limit: MAX_PARTICIPANT_VALUES,
          of: "participant",
        }),
      ],
    };
  }
  const parsed = runtimeSchemas.participantSchema.safeParse(input);
  if (!parsed.success) {
    const diagnostics: ProgrammeDiagnostic[] = fromZodIssues(parsed.error.issues, input, {
      schema: runtimeSchemas.participantSchema,
      suggester: rowMemo.fields,
    }).map((d) => ({ ...d, path: [...base, ...d.path] }));
    const view = salvageParticipant(input);
    if (view === undefined) return { diagnostics };
    for (const d of checkParticipant(view, index, base, rowMemo.references)) diagnostics.push(d);
    return view.id === undefined ? { diagnostics } : { id: view.id, diagnostics };
  }
  return {
    participant: parsed.data,
    id: parsed.data.id,
    diagnostics: checkParticipant(parsed.data, index, base, rowMemo.references),
  };
}

/**
 * Validates one participant: its shape, reversed exemption periods, and — when the programme is
 * given — references the programme does not know (warnings: a statement explains them), with the
 * nearest known id where one is near. As `validateProgramme` does, the meaning of the sound parts
 * is reported beside the shape errors of the others.
 *
 * @example
 * const result = validateParticipant(json, programme);
 * if (result.ok) console.log(result.value.completions.length);
 * @function
 */
export const validateParticipant = /* @__PURE__ */ deepFreeze(function validateParticipant(
  input: unknown,
  programme?: Programme,
): ParticipantValidation {
  return guarded(() => {
    const { participant, diagnostics } = parseOneParticipant(
      input,
      programme === undefined ? undefined : indexProgramme(programme),
      [],
      newRowMemo(),
    );
    return participant === undefined ? failure(diagnostics) : toResult(participant, diagnostics);
  });
});

/**
 * The throwing twin of `validateParticipant`.
 *
 * @example
 * const participant = parseParticipant(json, programme);
 * @function
 */
export const parseParticipant = /* @__PURE__ */ deepFreeze(function parseParticipant(
  input: unknown,
  programme?: Programme,
): Participant {
  return unwrap("The participant", validateParticipant(input, programme));
});

/**
 * Validates a list of participants at once: every participant as `validateParticipant` does, plus
 * duplicate participant ids (among every participant whose id is sound, valid or not). Paths start
 * at the participant's index. Suggestions are memoised over the list: a misspelt component that
 * recurs on every row is looked up once.
 *
 * @example
 * const result = validateParticipants(JSON.parse(text), programme);
 * if (result.ok) console.log(`${result.value.length} participants`);
 * @function
 */
export const validateParticipants = /* @__PURE__ */ deepFreeze(function validateParticipants(
  input: unknown,
  programme?: Programme,
): ParticipantsValidation {
  return participantsValidation(input, programme, true);
});

/**
 * `validateParticipants`, with or without the fast path: without it, the schema reads every row
 * (the tests hold the two to the same result).
 *
 * @internal
 */
export function participantsValidation(
  input: unknown,
  programme: Programme | undefined,
  fastPath: boolean,
): ParticipantsValidation {
  return guarded(() => {
    if (!Array.isArray(input)) {
      return failure([
        schemaDiagnostic("invalid-type", [], { expected: "array", received: typeName(input) }),
      ]);
    }
    const index = programme === undefined ? undefined : indexProgramme(programme);
    const participants: Participant[] = [];
    const diagnostics: ProgrammeDiagnostic[] = [];
    const ids: { id: string; path: Path }[] = [];
    const rowMemo = newRowMemo(fastPath);
    for (const [i, item] of input.entries()) {
      const one = parseOneParticipant(item, index, [i], rowMemo);
      // One at a time: a spread of a long list overflows the call stack.
      for (const d of one.diagnostics) diagnostics.push(d);
      if (one.participant !== undefined) participants.push(one.participant);
      if (one.id !== undefined) ids.push({ id: one.id, path: [i, "id"] });
    }
    reportDuplicates({ report: (d) => diagnostics.push(d) }, "participant", ids);
    return toResult(participants as readonly Participant[], diagnostics);
  });
}
