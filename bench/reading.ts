/**
 * The reading cases (issue 18): what every app and the CLI run before any statement — the text of
 * the rows parsed, the rows validated, the report made.
 *
 * One round runs the pipeline once — text → `JSON.parse` → `validateParticipants` →
 * `organisationReport` — and times each step:
 *
 * - `json-parse`: the `JSON.parse` step, per participant: the floor of reading.
 * - `validate`: the `validateParticipants` step on the rows just parsed (as an app gets them: no
 *   string arrives with its hash already computed), per participant; its ratio is to `json-parse`.
 * - `pipeline`: the three steps, in ms for all rows, with the share of each step.
 */
import {
  organisationReport,
  type Participant,
  type Programme,
  prepareProgramme,
  validateParticipants,
} from "../src/index.js";
import { participantsValidation } from "../src/programme/validate.js";
import { AS_OF } from "./data.js";
import { median } from "./stats.js";

/** The goal of the issue: validation may cost at most this multiple of `JSON.parse`. */
export const VALIDATE_GOAL = 2;

export interface ReadingResult {
  readonly name: string;
  readonly items: number;
  readonly unit: "us" | "ms";
  readonly times: readonly number[];
  /** For the pipeline: the share of each step of its median round. */
  readonly shares?: Readonly<Record<string, number>>;
}

/**
 * Checks first that the library validates the bench rows as the schema alone does, every row
 * through the schema without the fast path (the same result, as JSON text), on the first `check` rows, and that every row is valid; then times the cases,
 * interleaved round by round.
 */
export function runReading(
  programme: Programme,
  participants: readonly Participant[],
  rounds: number,
  check: number,
  fail: (message: string) => never,
): ReadingResult[] {
  const count = participants.length;
  const text = JSON.stringify(participants);
  const sample = JSON.parse(JSON.stringify(participants.slice(0, check))) as unknown[];
  const fast = JSON.stringify(participantsValidation(sample, programme, true));
  const schemaOnly = JSON.stringify(participantsValidation(sample, programme, false));
  if (fast !== schemaOnly)
    fail("validateParticipants differs from a validation of the rows by the schema alone");
  const all = validateParticipants(JSON.parse(text), programme);
  if (!all.ok || all.value.length !== count) fail("every bench row must be valid");
  // (`all` is not used again: it is garbage before the rounds begin.)
  console.log(
    `check: validateParticipants gives what the schema alone gives on ${sample.length.toLocaleString("en")} rows; ` +
      `all ${count.toLocaleString("en")} rows valid (${(text.length / 2 ** 20).toFixed(0)} MiB of JSON)`,
  );

  const prepared = prepareProgramme(programme);
  const parse: number[] = [];
  const validate: number[] = [];
  const pipeline: number[] = [];
  const steps: { parse: number; validate: number; report: number }[] = [];
  let sink = 0;
  const perItem = (ms: number) => (ms * 1000) / count;
  // Each step's result is dropped before the next round: the heap holds the bench data and one
  // set of rows at a time, so the garbage collector's work stays that of one pipeline.
  const once = (): { parse: number; validate: number; report: number } => {
    const t0 = performance.now();
    const rows = JSON.parse(text) as unknown[];
    const t1 = performance.now();
    const result = validateParticipants(rows, programme);
    const t2 = performance.now();
    if (!result.ok) fail("the rows stopped being valid");
    const report = organisationReport(prepared, result.value, AS_OF);
    const t3 = performance.now();
    sink += report.participants;
    return { parse: t1 - t0, validate: t2 - t1, report: t3 - t2 };
  };
  once(); // warm-up, not kept
  for (let r = 0; r < rounds; r++) {
    const step = once();
    parse.push(perItem(step.parse));
    validate.push(perItem(step.validate));
    pipeline.push(step.parse + step.validate + step.report);
    steps.push(step);
  }
  const mid = pipeline.indexOf(median(pipeline));
  const step = steps[Math.max(mid, 0)] as (typeof steps)[number];
  const total = step.parse + step.validate + step.report;
  console.log(`  json-parse ${parse.map((x) => x.toFixed(2)).join(" ")} µs`);
  console.log(`  validate   ${validate.map((x) => x.toFixed(2)).join(" ")} µs`);
  console.log(
    `  pipeline   ${pipeline.map((x) => x.toFixed(0)).join(" ")} ms (checksum ${sink.toFixed(0)})`,
  );
  return [
    { name: "json-parse", items: count, unit: "us", times: parse },
    { name: "validate", items: count, unit: "us", times: validate },
    {
      name: "pipeline",
      items: count,
      unit: "ms",
      times: pipeline,
      shares: {
        parse: step.parse / total,
        validate: step.validate / total,
        report: step.report / total,
      },
    },
  ];
}
