/**
 * Re-evaluation ("X maanden later kijkt het team opnieuw", rules B6): a team fills in its connectie
 * koffer in September, agrees on action pairs, and looks again in March. `compareRounds` shows per
 * category how the mean and the team score moved, how much more the team agrees, and which action
 * pairs are done or still open.
 */
import {
  aggregateSheets,
  compareRounds,
  formatDiagnostic,
  type KofferRound,
  type KofferSheetInput,
  validateActionPlan,
  validateTeamScore,
  validateTemplate,
} from "sterrenprogramma/koffer";

const templateResult = validateTemplate({
  id: "connectie-centrum",
  kind: "connectie",
  name: "Connectiekoffer vestiging Centrum",
  categories: [
    { id: "netwerken", label: "Netwerken" },
    { id: "klantcontact", label: "Klantcontact" },
    { id: "samenwerken", label: "Samenwerken" },
    { id: "initiatief", label: "Initiatief" },
  ],
  budgetRule: "exactly",
});
if (!templateResult.ok) throw new Error("the template should be valid");
const template = templateResult.value;

const sheet = (
  respondent: string,
  netwerken: number,
  klantcontact: number,
  samenwerken: number,
  initiatief: number,
): KofferSheetInput => ({
  respondent,
  scores: { netwerken, klantcontact, samenwerken, initiatief },
});

/** Validates what the team decided and agreed; a round only holds validated data. */
function round(
  date: string,
  sheets: KofferSheetInput[],
  teamScore: Record<string, number>,
  actions: unknown[],
): KofferRound {
  const score = validateTeamScore(template, teamScore);
  const plan = validateActionPlan(template, actions);
  for (const d of [...(score.ok ? [] : score.diagnostics), ...(plan.ok ? [] : plan.diagnostics)])
    console.log(formatDiagnostic(d, "en"));
  if (!score.ok || !plan.ok) throw new Error(`the round of ${date} is not valid`);
  return {
    date,
    aggregate: aggregateSheets(template, sheets),
    teamScore: score.value,
    actionPlan: plan.value,
  };
}

const networking = {
  category: "netwerken",
  small: { text: "Twee nieuwe partners aanspreken op de wijkavond." },
  large: { text: "Een vast overleg met de scholen in de wijk opzetten." },
};
const initiative = {
  category: "initiatief",
  small: { text: "Elke maand één verbeteridee in het werkoverleg." },
  large: { text: "Zelf een nieuwe activiteit voor volwassenen organiseren." },
};

const september = round(
  "2025-09-15",
  [sheet("anna", 10, 45, 30, 15), sheet("bram", 5, 50, 25, 20), sheet("chantal", 15, 35, 40, 10)],
  { netwerken: 10, klantcontact: 45, samenwerken: 30, initiatief: 15 },
  [networking, initiative],
);

// Six months on: the networking pair is done, the initiative pair half done; a new pair is added.
const march = round(
  "2026-03-16",
  [sheet("anna", 20, 40, 25, 15), sheet("bram", 18, 42, 24, 16), sheet("chantal", 22, 35, 30, 13)],
  { netwerken: 20, klantcontact: 40, samenwerken: 26, initiatief: 14 },
  [
    {
      ...networking,
      small: { ...networking.small, status: "done" },
      large: { ...networking.large, status: "done" },
    },
    {
      ...initiative,
      small: { ...initiative.small, status: "done" },
      large: { ...initiative.large, status: "in-progress" },
    },
    {
      category: "samenwerken",
      small: { text: "Om de beurt meedraaien op de jeugdafdeling." },
      large: { text: "Een gezamenlijk project met de vestiging Noord." },
    },
  ],
);

const comparison = compareRounds(september, march);
if (!comparison.ok) {
  for (const d of comparison.diagnostics) console.log(formatDiagnostic(d, "en"));
  process.exit(1);
}
const c = comparison.value;
console.log(
  `re-evaluation after ${c.months} months, valid sheets ${c.sheets.before} → ${c.sheets.after}`,
);
for (const row of c.categories) {
  const mean =
    row.mean === null ? "–" : `${row.mean.before.toFixed(1)} → ${row.mean.after.toFixed(1)}`;
  const score =
    row.teamScore === null
      ? "–"
      : `${row.teamScore.before} → ${row.teamScore.after} (${row.teamScore.change >= 0 ? "+" : ""}${row.teamScore.change})`;
  console.log(`  ${row.label.padEnd(13)} mean ${mean}, team score ${score}`);
}
if (c.concordance !== null)
  console.log(`Kendall's W ${c.concordance.before.toFixed(2)} → ${c.concordance.after.toFixed(2)}`);
const { done, open, added } = c.actions;
console.log(`action pairs: ${done.length} done, ${open.length} still open, ${added.length} new`);

// Comparing a round with itself gives zero change everywhere (rules B7.6): a quick sanity check.
const same = compareRounds(march, march);
if (same.ok)
  console.log(
    `march vs march: every change zero = ${same.value.categories.every((r) => r.mean?.change === 0 && r.teamScore?.change === 0)}`,
  );
