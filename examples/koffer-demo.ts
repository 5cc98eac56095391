/**
 * The koffer part of `npm run demo`: scores the shipped example round (`koffer-round.ts`) on the
 * example connectie template — sheets, the team aggregate, the discussion order, Kendall's W, the
 * proposed and the decided team score, strengths and gaps, the action plan check, the step
 * examples, one respondent against the team, and the re-evaluation six months later.
 */

import { longDate } from "../src/index.js";
import {
  type ActionPair,
  aggregateSheets,
  type CategoryRank,
  compareRounds,
  compareSheetToTeam,
  exampleConnectieTemplate,
  formatDiagnostic,
  type KofferRound,
  type Locale,
  proposeTeamScore,
  rankSheet,
  stepExamplesCompleteness,
  strengthsAndGaps,
  type TeamAggregate,
  validateActionPlan,
  validateSheet,
  validateTeamScore,
} from "../src/koffer/index.js";
import {
  type ExampleKofferRound,
  exampleKofferRound,
  exampleKofferRoundLater,
} from "./koffer-round.js";

const template = exampleConnectieTemplate;

const nl = {
  round: (team: string, date: string) => `${team}, ${template.name}, ingevuld op ${date}`,
  sheets: (r: number, v: number, l: number) =>
    `Vellen: ${r} ontvangen, ${v} geldig, ${l} weggelaten`,
  leftOut: (i: number, who: string) => `weggelaten: vel ${i + 1} van ${who}`,
  anonymous: "anoniem",
  aggregate: "Verzamelkoffer",
  columns: [
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
  ],
  order: "Gespreksvolgorde (grootste verschil eerst)",
  concordance: "Overeenstemming (Kendall's W)",
  noConcordance: (reason: "too-few-sheets" | "too-few-categories") =>
    `niet te berekenen (${reason === "too-few-sheets" ? "te weinig geldige vellen" : "te weinig categorieën"})`,
  proposal: (deviation: string) =>
    `Voorstel teamscore (precies het budget, afwijking van de gemiddelden ${deviation} punten)`,
  decided: "Besloten teamscore",
  valid: "geldig",
  invalid: "ongeldig",
  strengths: "Kracht van het team",
  gaps: "Lacunes",
  draft: "Actieplan, eerste versie",
  agreed: "Actieplan, afgesproken",
  problems: (n: number) => (n === 1 ? "1 probleem" : `${n} problemen`),
  pairs: (n: number) =>
    `${n} ${n === 1 ? "paar" : "paren"} van een klein en een groot actiepunt, geldig`,
  steps: "Voorbeelden van een kleine en een grote stap",
  complete: (k: number) => `compleet: alle ${k} categorieën hebben beide`,
  incomplete: (ids: string) => `ontbreken bij: ${ids}`,
  oneToOne: (who: string) => `Eén op één: ${who} tegenover het team (vel − team)`,
  oneToOneColumns: ["categorie", "punten", "gem.", "verschil", "rang", "gem.rang", "verschil"],
  totalDeviation: "totale afwijking",
  again: (months: number, date: string) =>
    `Herbeoordeling: ${months} ${months === 1 ? "maand" : "maanden"} later (${date})`,
  againColumns: ["categorie", "gem. voor → na", "Δ", "teamscore voor → na", "Δ", "rang"],
  rankLegend: "rang: plaats in de teamscore, ↑ hoger, ↓ lager",
  sheetsAgain: "Geldige vellen",
  actions: (d: number, o: number, a: number) =>
    `Actieparen van de vorige ronde: ${d} klaar, ${o} nog open; ${a} nieuw`,
  done: "klaar",
  open: "open",
  added: "nieuw",
  status: { open: "open", "in-progress": "bezig", done: "klaar" },
};

const en: typeof nl = {
  round: (team: string, date: string) => `${team}, ${template.name}, filled in on ${date}`,
  sheets: (r: number, v: number, l: number) => `Sheets: ${r} received, ${v} valid, ${l} left out`,
  leftOut: (i: number, who: string) => `left out: sheet ${i + 1} by ${who}`,
  anonymous: "anonymous",
  aggregate: "Team aggregate",
  columns: [
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
  ],
  order: "Discussion order (largest disagreement first)",
  concordance: "Agreement (Kendall's W)",
  noConcordance: (reason) =>
    `not available (${reason === "too-few-sheets" ? "too few valid sheets" : "too few categories"})`,
  proposal: (deviation: string) =>
    `Proposed team score (exactly the budget, ${deviation} points from the means)`,
  decided: "Decided team score",
  valid: "valid",
  invalid: "invalid",
  strengths: "Team strengths",
  gaps: "Gaps",
  draft: "Action plan, first draft",
  agreed: "Action plan, agreed",
  problems: (n: number) => (n === 1 ? "1 problem" : `${n} problems`),
  pairs: (n: number) =>
    `${n} ${n === 1 ? "pair" : "pairs"} of a small and a large action point, valid`,
  steps: "Examples of a small and a large step",
  complete: (k: number) => `complete: all ${k} categories have both`,
  incomplete: (ids: string) => `missing for: ${ids}`,
  oneToOne: (who: string) => `One to one: ${who} against the team (sheet − team)`,
  oneToOneColumns: ["category", "points", "mean", "diff.", "rank", "mean rank", "diff."],
  totalDeviation: "total deviation",
  again: (months: number, date: string) =>
    `Re-evaluation: ${months} ${months === 1 ? "month" : "months"} later (${date})`,
  againColumns: ["category", "mean before → after", "Δ", "team score before → after", "Δ", "rank"],
  rankLegend: "rank: place in the team score, ↑ up, ↓ down",
  sheetsAgain: "Valid sheets",
  actions: (d: number, o: number, a: number) =>
    `Action pairs of the previous round: ${d} done, ${o} still open; ${a} new`,
  done: "done",
  open: "open",
  added: "new",
  status: { open: "open", "in-progress": "in progress", done: "done" },
};

const labels = { nl, en };

/** The lines of the koffer demo in Dutch (`"nl"`) or English (`"en"`). */
export function kofferDemoLines(lang: Locale): string[] {
  const t = labels[lang];
  const lines: string[] = [];
  const say = (text = "") => lines.push(text);
  const heading = (text: string) => say(`\n${text}\n${"-".repeat(text.length)}`);
  /** A number with at most `digits` decimals, with a decimal comma in Dutch. */
  const num = (x: number | null, digits = 1) => {
    if (x === null) return "–";
    const text = String(Number(x.toFixed(digits)));
    return lang === "nl" ? text.replace(".", ",") : text;
  };
  const signed = (x: number | null, digits = 1) =>
    x === null ? "–" : x > 0 ? `+${num(x, digits)}` : x === 0 ? "0" : num(x, digits);
  const date = (d: string) => longDate(d, lang);
  const label = (id: string) => template.categories.find((c) => c.id === id)?.label ?? id;
  const ranked = (list: readonly CategoryRank[]) =>
    list.map((c) => `${label(c.category)} ${c.points}`).join(", ");
  const table = (rows: readonly (readonly string[])[]) => {
    const widths = rows[0]?.map((_, j) => Math.max(...rows.map((r) => (r[j] ?? "").length))) ?? [];
    for (const row of rows) {
      say(
        `  ${row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j] ?? 0) : cell.padStart(widths[j] ?? 0))).join("  ")}`.trimEnd(),
      );
    }
  };
  const pairLine = (pair: ActionPair) =>
    `${label(pair.category)}: ${pair.small.text} (${t.status[pair.small.status]}) / ${pair.large.text} (${t.status[pair.large.status]})`;

  /** Scores one round: everything up to the team score and the action plan. */
  function score(
    round: ExampleKofferRound,
    full: boolean,
  ): KofferRound & { aggregate: TeamAggregate } {
    const aggregate = aggregateSheets(template, round.sheets);
    const { counts } = aggregate;
    say(t.sheets(counts.received, counts.valid, counts.leftOut));
    for (const sheet of aggregate.leftOut) {
      say(`  ${t.leftOut(sheet.index, sheet.respondent ?? t.anonymous)}`);
      for (const d of sheet.diagnostics) say(`    - ${formatDiagnostic(d, lang)}`);
    }
    if (full) {
      heading(t.aggregate);
      table([
        t.columns,
        ...aggregate.categories.map((c) => [
          c.label,
          String(c.n),
          num(c.mean),
          num(c.median),
          num(c.min),
          num(c.max),
          num(c.standardDeviation),
          num(c.meanRank),
          String(c.bordaPoints),
          c.highestRespondents.join(", "),
          c.lowestRespondents.join(", "),
        ]),
      ]);
      heading(t.order);
      say(`  ${aggregate.discussionOrder.map((id, i) => `${i + 1}. ${label(id)}`).join(", ")}`);
      const w = aggregate.concordance;
      say(
        `  ${t.concordance}: ${w.w === null ? t.noConcordance(w.reason) : `W = ${num(w.w, 3)}, χ² = ${num(w.chiSquare, 2)}, df = ${w.degreesOfFreedom}`}`,
      );
      const proposal = proposeTeamScore(
        template,
        // The sums: whole numbers, proportional to the means, so true ties tie exactly.
        aggregate.categories.map((c) => (c.mean === null ? null : c.sum)),
      );
      if (proposal.ok) {
        heading(t.proposal(num(proposal.value.totalDeviation, 2)));
        const sorted = [...proposal.value.categories].sort((a, b) => b.points - a.points);
        say(
          `  ${sorted.map((c) => `${label(c.category)} ${c.points} (${num(c.target)})`).join(", ")}`,
        );
      }
    }
    const decided = validateTeamScore(template, round.teamScore);
    heading(`${t.decided}: ${decided.ok ? t.valid : t.invalid}`);
    if (!decided.ok) for (const d of decided.diagnostics) say(`  - ${formatDiagnostic(d, lang)}`);
    const teamScore = decided.ok ? decided.value : undefined;
    if (teamScore !== undefined) {
      say(`  ${ranked([...rankSheet(template, teamScore)].sort((a, b) => a.rank - b.rank))}`);
      const { strengths, gaps } = strengthsAndGaps(template, teamScore, 2);
      say(`  ${t.strengths}: ${ranked(strengths)}`);
      say(`  ${t.gaps}: ${ranked(gaps)}`);
    }
    if (full && round.actionPlanDraft !== undefined) {
      const draft = validateActionPlan(template, round.actionPlanDraft);
      heading(`${t.draft}: ${draft.ok ? t.valid : t.problems(draft.diagnostics.length)}`);
      if (!draft.ok) for (const d of draft.diagnostics) say(`  - ${formatDiagnostic(d, lang)}`);
    }
    const plan = validateActionPlan(template, round.actionPlan);
    if (full) {
      heading(
        `${t.agreed}: ${plan.ok ? t.pairs(plan.value.length) : t.problems(plan.diagnostics.length)}`,
      );
      if (plan.ok) for (const pair of plan.value) say(`  - ${pairLine(pair)}`);
    }
    return {
      date: round.date,
      aggregate,
      ...(teamScore === undefined ? {} : { teamScore }),
      ...(plan.ok ? { actionPlan: plan.value } : {}),
    };
  }

  say(t.round(exampleKofferRound.team, date(exampleKofferRound.date)));
  const before = score(exampleKofferRound, true);

  const steps = stepExamplesCompleteness(template);
  heading(t.steps);
  say(
    `  ${steps.complete ? t.complete(template.categories.length) : t.incomplete(steps.incomplete.map(label).join(", "))}`,
  );

  const first = validateSheet(template, exampleKofferRound.sheets[0]);
  if (first.ok) {
    const oneToOne = compareSheetToTeam(first.value, before.aggregate);
    if (oneToOne.ok) {
      heading(t.oneToOne(first.value.respondent ?? t.anonymous));
      table([
        t.oneToOneColumns,
        ...oneToOne.value.categories.map((c) => [
          c.label,
          String(c.points),
          num(c.mean),
          signed(c.deviation),
          String(c.rank),
          num(c.meanRank),
          signed(c.rankDifference, 2),
        ]),
      ]);
      say(`  ${t.totalDeviation}: ${num(oneToOne.value.totalDeviation)}`);
    }
  }

  const laterDate = date(exampleKofferRoundLater.date);
  heading(t.round(exampleKofferRoundLater.team, laterDate));
  const after = score(exampleKofferRoundLater, false);
  const comparison = compareRounds(before, after);
  if (!comparison.ok) {
    for (const d of comparison.diagnostics) say(`  - ${formatDiagnostic(d, lang)}`);
    return lines;
  }
  const c = comparison.value;
  heading(t.again(c.months, laterDate));
  const move = (x: number | null) => (x === null ? "–" : x < 0 ? `↑${-x}` : x > 0 ? `↓${x}` : "=");
  table([
    t.againColumns,
    ...c.categories.map((row) => [
      row.label,
      row.mean === null ? "–" : `${num(row.mean.before)} → ${num(row.mean.after)}`,
      signed(row.mean?.change ?? null),
      row.teamScore === null ? "–" : `${row.teamScore.before} → ${row.teamScore.after}`,
      signed(row.teamScore?.change ?? null),
      move(row.teamScoreRank?.change ?? null),
    ]),
  ]);
  say(`  ${t.rankLegend}`);
  say(`  ${t.sheetsAgain}: ${c.sheets.before} → ${c.sheets.after}`);
  if (c.concordance !== null) {
    const w = c.concordance;
    say(`  Kendall's W: ${num(w.before, 2)} → ${num(w.after, 2)} (${signed(w.change, 2)})`);
  }
  const { done, open, added } = c.actions;
  say(`  ${t.actions(done.length, open.length, added.length)}`);
  for (const [word, pairs] of [
    [t.done, done],
    [t.open, open],
    [t.added, added],
  ] as const) {
    for (const pair of pairs) say(`    ${word}: ${pairLine(pair)}`);
  }
  return lines;
}

/** Prints the koffer demo in Dutch (`"nl"`) or English (`"en"`). */
export function printKofferDemo(lang: Locale): void {
  for (const line of kofferDemoLines(lang)) console.log(line);
}
