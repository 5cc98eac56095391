/** The `koffer` command: score one koffer round from a file of sheets. */
import type { Path } from "../diagnostics/diagnostic.js";
import { teamAggregateTable } from "../documents/koffer-rows.js";
import { aggregateSheets } from "../koffer/aggregate.js";
import { exampleCollectieTemplate, exampleConnectieTemplate } from "../koffer/examples.js";
import { proposeTeamScore, strengthsAndGaps } from "../koffer/team-score.js";
import { type KofferTemplate, validateTemplate } from "../koffer/template.js";
import { parseCsv } from "./csv.js";
import { writeCsv } from "./csv-output.js";
import { parseJsonText } from "./json.js";
import { isCsv, loadJson, MAX_SHEETS, maxCsvCells, readText } from "./load.js";
import { type CliProblem, cliProblem, type SourceLocation } from "./messages.js";
import { type CommandContext, exitCodes } from "./programme-commands.js";
import {
  alignTable,
  diagnosticJson,
  diagnosticLine,
  formatNumber,
  problemLines,
} from "./render.js";
import { readSheetsCsv } from "./sheets-csv.js";

/** The shipped example templates, by id, for `koffer voorbeeld-connectie sheets.csv`. */
export const exampleTemplates: ReadonlyMap<string, KofferTemplate> = new Map([
  [exampleConnectieTemplate.id, exampleConnectieTemplate],
  [exampleCollectieTemplate.id, exampleCollectieTemplate],
]);

/** How many strengths and gaps the text shows (the demo's choice). */
const STRENGTHS = 2;

function stop(context: CommandContext, problems: readonly CliProblem[]): number {
  for (const line of problemLines(problems, context.lang)) context.err(line);
  return exitCodes.usage;
}

/**
 * `sterrenprogramma koffer <template.json|example-id> <sheets.csv|.json>`: the team aggregate,
 * the discussion order, Kendall's W, the proposed team score and the strengths and gaps of that
 * proposal. Sheets that break the rules are left out and listed with their line in the file.
 * Exit 1 when the template is invalid or no sheet is valid.
 *
 * @example
 * runKoffer(context, "voorbeeld-connectie", "examples/data/koffer-sheets.csv"); //=> 0
 */
export function runKoffer(
  context: CommandContext,
  templateArg: string,
  sheetsFile: string,
): number {
  const { lang } = context;
  const nl = lang === "nl";
  // A template file, unless the argument is an example id and no such file exists. Only whether
  // the file exists matters here, so at most one byte is read.
  let template: KofferTemplate;
  const read = context.io.readFile(templateArg, 0);
  const example = exampleTemplates.get(templateArg);
  if (!read.ok && read.reason === "not-found" && example !== undefined) template = example;
  else if (
    !read.ok &&
    read.reason === "not-found" &&
    !templateArg.toLowerCase().endsWith(".json")
  ) {
    return stop(context, [
      cliProblem("unknown-example-template", {
        value: templateArg,
        examples: [...exampleTemplates.keys()],
      }),
    ]);
  } else {
    const json = loadJson(context, templateArg);
    if (!json.ok) return stop(context, json.problems);
    const result = validateTemplate(json.value);
    if (!result.ok) {
      if (context.json) {
        context.outBlock(
          JSON.stringify(
            { ok: false, file: templateArg, diagnostics: result.diagnostics },
            null,
            2,
          ),
        );
      } else {
        context.err(nl ? `${templateArg}: ongeldig sjabloon` : `${templateArg}: invalid template`);
        for (const d of result.diagnostics) context.err(`  ${diagnosticLine(d, lang)}`);
      }
      return exitCodes.invalid;
    }
    template = result.value;
  }

  const text = readText(context, sheetsFile);
  if (!text.ok) return stop(context, text.problems);
  let sheets: readonly unknown[];
  let locate: (path: Path) => SourceLocation | undefined = () => undefined;
  if (isCsv(sheetsFile, text.value)) {
    const table = parseCsv(text.value, sheetsFile, maxCsvCells(context.maxBytes));
    if (!table.ok) return stop(context, table.problems);
    const read = readSheetsCsv(table.table, template);
    if (!read.ok) return stop(context, read.problems);
    sheets = read.sheets;
    locate = read.locate;
  } else {
    const parsed = parseJsonText(text.value, sheetsFile);
    if (!parsed.ok) return stop(context, [parsed.problem]);
    if (!Array.isArray(parsed.value)) {
      return stop(context, [cliProblem("not-a-list", { what: "sheets" }, { file: sheetsFile })]);
    }
    sheets = parsed.value;
  }
  // Before aggregating, which keeps every left-out sheet with its diagnostics.
  if (sheets.length > MAX_SHEETS) {
    const problem = cliProblem("too-many-sheets", { limit: MAX_SHEETS }, { file: sheetsFile });
    return stop(context, [problem]);
  }

  const aggregate = aggregateSheets(template, sheets);
  const proposal = proposeTeamScore(
    template,
    // The sums: whole numbers, proportional to the means, so true ties tie exactly.
    aggregate.categories.map((c) => (c.mean === null ? null : c.sum)),
  );
  const sheet = proposal.ok ? proposal.value.sheet : undefined;
  const split = sheet === undefined ? undefined : strengthsAndGaps(template, sheet, STRENGTHS);
  const exit = aggregate.counts.valid === 0 ? exitCodes.invalid : exitCodes.ok;

  if (context.json) {
    const leftOut = aggregate.leftOut.map((s) => ({
      ...s,
      diagnostics: s.diagnostics.map((d) => diagnosticJson(d, locate(d.path))),
    }));
    const proposed = proposal.ok
      ? {
          scores: Object.fromEntries(
            proposal.value.sheet.scores.map((s) => [s.category, s.points]),
          ),
          categories: proposal.value.categories,
          totalDeviation: proposal.value.totalDeviation,
          squaredDeviation: proposal.value.squaredDeviation,
        }
      : null;
    context.outBlock(
      JSON.stringify(
        {
          ok: exit === exitCodes.ok,
          template: template.id,
          aggregate: { ...aggregate, leftOut },
          proposal: proposed,
          strengths: split?.strengths ?? [],
          gaps: split?.gaps ?? [],
        },
        null,
        2,
      ),
    );
    return exit;
  }
  if (context.csv === true) {
    // stdout holds the spreadsheet alone; the sheets left out are told on stderr, with their lines.
    for (const s of aggregate.leftOut) {
      context.err(
        nl
          ? `weggelaten: vel ${s.index + 1} van ${s.respondent ?? "anoniem"}`
          : `left out: sheet ${s.index + 1} by ${s.respondent ?? "anonymous"}`,
      );
      for (const d of s.diagnostics) context.err(`  ${diagnosticLine(d, lang, locate(d.path))}`);
    }
    const options = sheet === undefined ? {} : { proposedScore: sheet };
    writeCsv(context.io, lang, teamAggregateTable(aggregate, { locale: lang, ...options }));
    return exit;
  }

  const say = context.out;
  const n = (x: number | null, digits = 1) => formatNumber(x, lang, digits);
  const label = (id: string) => template.categories.find((c) => c.id === id)?.label ?? id;
  const { counts } = aggregate;
  say(template.name);
  say(
    nl
      ? `Vellen: ${counts.received} ontvangen, ${counts.valid} geldig, ${counts.leftOut} weggelaten`
      : `Sheets: ${counts.received} received, ${counts.valid} valid, ${counts.leftOut} left out`,
  );
  const anonymous = nl ? "anoniem" : "anonymous";
  for (const s of aggregate.leftOut) {
    say(
      nl
        ? `  weggelaten: vel ${s.index + 1} van ${s.respondent ?? anonymous}`
        : `  left out: sheet ${s.index + 1} by ${s.respondent ?? anonymous}`,
    );
    for (const d of s.diagnostics) say(`    ${diagnosticLine(d, lang, locate(d.path))}`);
  }
  say("");
  say(nl ? "Verzamelkoffer" : "Team aggregate");
  const head = nl
    ? [
        "categorie",
        "n",
        "gem.",
        "mediaan",
        "min",
        "max",
        "sd",
        "gem.rang",
        "Borda",
        "hoogst",
        "laagst",
      ]
    : [
        "category",
        "n",
        "mean",
        "median",
        "min",
        "max",
        "sd",
        "mean rank",
        "Borda",
        "highest",
        "lowest",
      ];
  const rows = aggregate.categories.map((c) => [
    c.label,
    String(c.n),
    n(c.mean),
    n(c.median),
    n(c.min),
    n(c.max),
    n(c.standardDeviation),
    n(c.meanRank),
    String(c.bordaPoints),
    c.highestRespondents.join(", "),
    c.lowestRespondents.join(", "),
  ]);
  for (const line of alignTable([head, ...rows])) say(`  ${line}`);
  say("");
  say(
    nl
      ? "Gespreksvolgorde (grootste verschil eerst)"
      : "Discussion order (largest disagreement first)",
  );
  say(`  ${aggregate.discussionOrder.map((id, i) => `${i + 1}. ${label(id)}`).join(", ")}`);
  const w = aggregate.concordance;
  const reason = (r: string) =>
    nl
      ? r === "too-few-sheets"
        ? "te weinig geldige vellen"
        : "te weinig categorieën"
      : r === "too-few-sheets"
        ? "too few valid sheets"
        : "too few categories";
  say(
    `${nl ? "Overeenstemming (Kendall's W)" : "Agreement (Kendall's W)"}: ${
      w.w === null
        ? `${nl ? "niet te berekenen" : "not available"} (${reason(w.reason)})`
        : `W = ${n(w.w, 3)}, χ² = ${n(w.chiSquare, 2)}, df = ${w.degreesOfFreedom}`
    }`,
  );
  if (proposal.ok && split !== undefined) {
    say("");
    say(
      nl
        ? `Voorstel teamscore (precies het budget ${template.budget}, afwijking van de gemiddelden ${n(proposal.value.totalDeviation, 2)} punten)`
        : `Proposed team score (exactly the budget ${template.budget}, ${n(proposal.value.totalDeviation, 2)} points from the means)`,
    );
    const sorted = [...proposal.value.categories].sort((a, b) => b.points - a.points);
    for (const c of sorted) say(`  ${label(c.category)}: ${c.points} (${n(c.target)})`);
    const list = (l: readonly { category: string; points: number }[]) =>
      l.map((c) => `${label(c.category)} ${c.points}`).join(", ");
    say(`${nl ? "Kracht van het team" : "Team strengths"}: ${list(split.strengths)}`);
    say(`${nl ? "Lacunes" : "Gaps"}: ${list(split.gaps)}`);
  } else {
    say("");
    say(
      nl
        ? "Geen voorstel voor een teamscore: er is geen geldig vel."
        : "No proposed team score: there is no valid sheet.",
    );
  }
  return exit;
}
