/**
 * A koffer session with the koffer engine alone (`sterrenprogramma/koffer`): the team's own
 * collectie template, the sheets (koffervellen) as handed in, the team aggregate (verzamelkoffer)
 * with its discussion order and Kendall's W, a proposed team score, the score the team decides,
 * its strengths and gaps (lacunes), and the action plan of small and large action points.
 */
import {
  aggregateSheets,
  formatDiagnostic,
  proposeTeamScore,
  stepExamplesCompleteness,
  strengthsAndGaps,
  validateActionPlan,
  validateTeamScore,
  validateTemplate,
} from "sterrenprogramma/koffer";

// 1. The template: the categories are the organisation's choice (rules B1); budget 100, "at most".
const templateResult = validateTemplate({
  id: "collectie-jeugd",
  kind: "collectie",
  name: "Collectiekoffer team Jeugd",
  categories: [
    {
      id: "prentenboeken",
      label: "Prentenboeken",
      smallStep: "Elke maand drie nieuwe titels lezen.",
      largeStep: "Een voorleesprogramma voor peuters opzetten.",
    },
    {
      id: "informatieboeken",
      label: "Informatieboeken",
      smallStep: "De kast met weetboeken ordenen.",
      largeStep: "Een collectieplan voor weetboeken schrijven.",
    },
    { id: "games", label: "Games", smallStep: "Twee populaire games uitproberen." },
    { id: "strips", label: "Strips" },
    { id: "meertalig", label: "Meertalige boeken" },
  ],
});
if (!templateResult.ok) throw new Error("the template should be valid");
const template = templateResult.value;

// 2. The sheets as handed in: untrusted data. Ties are not allowed, so Sem's sheet is left out.
const sheets = [
  {
    respondent: "lisa",
    scores: { prentenboeken: 35, informatieboeken: 25, games: 5, strips: 20, meertalig: 15 },
  },
  {
    respondent: "omar",
    scores: { prentenboeken: 30, informatieboeken: 20, games: 10, strips: 25, meertalig: 15 },
  },
  {
    respondent: "roos",
    scores: { prentenboeken: 40, informatieboeken: 15, games: 0, strips: 30, meertalig: 10 },
  },
  {
    respondent: "sem",
    scores: { prentenboeken: 20, informatieboeken: 20, games: 20, strips: 20, meertalig: 20 },
  },
  {
    respondent: "tess",
    scores: { prentenboeken: 28, informatieboeken: 30, games: 2, strips: 22, meertalig: 18 },
  },
];
const aggregate = aggregateSheets(template, sheets); // never throws on bad sheets
const { received, valid, leftOut } = aggregate.counts;
console.log(`sheets: ${received} received, ${valid} valid, ${leftOut} left out`);
for (const sheet of aggregate.leftOut)
  for (const d of sheet.diagnostics)
    console.log(`  ${sheet.respondent}: ${formatDiagnostic(d, "en")}`);

for (const c of aggregate.categories)
  console.log(
    `  ${c.label.padEnd(17)} mean ${c.mean?.toFixed(1)} sd ${c.standardDeviation?.toFixed(1)} highest ${c.highestRespondents.join(", ")}`,
  );
console.log(`discussion order (most disagreement first): ${aggregate.discussionOrder.join(", ")}`);
const w = aggregate.concordance;
console.log(
  w.w === null
    ? `Kendall's W: none (${w.reason})`
    : `Kendall's W = ${w.w.toFixed(3)} (χ² ${w.chiSquare.toFixed(2)}, df ${w.degreesOfFreedom})`,
);

// 3. A proposed team score to start the discussion: exactly the budget, in the order of the means.
const proposal = proposeTeamScore(
  template,
  // The sums: whole numbers, proportional to the means, so true ties tie exactly.
  aggregate.categories.map((c) => (c.mean === null ? null : c.sum)),
);
// The sheet is plain data: its scores list each category with its points, in the template's order.
const label = (id: string) => template.categories.find((c) => c.id === id)?.label ?? id;
if (proposal.ok)
  console.log(
    `proposal: ${proposal.value.sheet.scores.map((s) => `${label(s.category)} ${s.points}`).join(", ")}`,
  );

// 4. The team decides its own score after the discussion; it obeys the same rules as a sheet.
const decided = validateTeamScore(template, {
  prentenboeken: 33,
  informatieboeken: 23,
  games: 4,
  strips: 24,
  meertalig: 16,
});
if (!decided.ok)
  throw new Error(decided.diagnostics.map((d) => formatDiagnostic(d, "en")).join("\n"));
const { strengths, gaps } = strengthsAndGaps(template, decided.value, 2);
console.log(
  `strengths: ${strengths.map((c) => c.category).join(", ")}; gaps: ${gaps.map((c) => c.category).join(", ")}`,
);

// 5. The action plan on the handle label: always a small and a large action point as a pair.
const draft = validateActionPlan(template, [
  { category: "games", small: { text: "Een gamemiddag organiseren." } },
]);
if (!draft.ok)
  for (const d of draft.diagnostics) console.log(`draft plan: ${formatDiagnostic(d, "en")}`);
const plan = validateActionPlan(template, [
  {
    category: "games",
    small: { text: "Een gamemiddag organiseren." },
    large: { text: "Een gamecollectie opbouwen met een vaste uitleenbalie." },
  },
  {
    category: "meertalig",
    small: { text: "De meertalige boeken zichtbaar uitstallen." },
    large: { text: "Samen met het taalhuis een meertalige voorleesreeks starten." },
  },
]);
if (plan.ok)
  console.log(
    `action plan: ${plan.value.length} pairs, status ${plan.value.map((p) => p.small.status).join(", ")}`,
  );

// Which categories still need an example of a small and a large step?
console.log(
  `step examples missing for: ${stepExamplesCompleteness(template).incomplete.join(", ")}`,
);
