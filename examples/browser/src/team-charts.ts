/**
 * The team around the sheet being filled in, made visible with the library's koffer charts
 * (`sterrenprogramma/documents`): four made-up colleagues have handed in their sheets; the sheet on
 * the page joins them as soon as it is valid. Shown:
 *
 * 1. the team's points per category (strip chart), with the proposed team score;
 * 2. the same team six months earlier against now (two rounds compared);
 * 3. the team beside another team of the library (teams side by side).
 *
 * Every figure comes from `sterrenprogramma/koffer` and every chart from
 * `sterrenprogramma/documents`, both imported as built; this file only makes up the colleagues and
 * puts the SVG on the page.
 */
import { kofferRoundsChart, kofferStripChart, kofferTeamsChart } from "sterrenprogramma/documents";
import {
  aggregateSheets,
  compareRounds,
  compareTeams,
  type KofferSheet,
  type KofferSheetInput,
  type KofferTemplate,
  type Locale,
  proposeTeamScore,
  type TeamAggregate,
} from "sterrenprogramma/koffer";

/** Points that add up to exactly 100, all different, for the colleagues' sheets (8 or 6 boxes). */
const handOut: Readonly<Record<number, readonly number[]>> = {
  8: [30, 22, 16, 12, 9, 6, 4, 1],
  6: [32, 24, 18, 13, 8, 5],
};

/**
 * A made-up colleague's sheet: the points above, shifted `shift` boxes along, so that every
 * colleague puts other boxes first. Valid under both rules (`at most` and `exactly` 100).
 */
function colleague(template: KofferTemplate, respondent: string, shift: number): KofferSheetInput {
  const k = template.categories.length;
  const points = handOut[k] ?? template.categories.map((_, j) => k - 1 - j);
  return {
    respondent,
    scores: Object.fromEntries(
      template.categories.map((c, j) => [c.id, points[(j + shift) % k] as number]),
    ),
  };
}

const names = ["anouk", "bram", "chris", "dewi"];
/** The team now (without the page's sheet), six months ago, and the other team. */
const rounds = {
  now: [1, 3, 4, 6],
  earlier: [5, 2, 7, 3],
  other: [0, 2, 4, 7],
};
const earlierDate = "2025-09-15";
const nowDate = "2026-03-16";

/** This file's own texts. */
const ui: {
  readonly [L in Locale]: {
    readonly heading: string;
    readonly intro: string;
    readonly you: string;
    readonly us: string;
    readonly them: string;
  };
} = {
  nl: {
    heading: "Het team",
    intro:
      "Vier collega's hebben hun vel al ingeleverd; jouw vel komt erbij zodra het geldig is. De teamscore is het voorstel van de bibliotheek.",
    you: "jij",
    us: "Ons team",
    them: "Team Jeugd",
  },
  en: {
    heading: "The team",
    intro:
      "Four colleagues have handed in their sheets; yours joins them as soon as it is valid. The team score is the library's proposal.",
    you: "you",
    us: "Our team",
    them: "Team Jeugd",
  },
};

/** The element with this id; the page is ours, so a missing one is a bug in index.html. */
function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`index.html has no #${id}`);
  return found;
}

/** A team's aggregate and the team score the library proposes for it. */
function score(
  template: KofferTemplate,
  sheets: readonly KofferSheetInput[],
): { aggregate: TeamAggregate; teamScore?: KofferSheet } {
  const aggregate = aggregateSheets(template, sheets);
  const proposal = proposeTeamScore(
    template,
    // The sums: whole numbers, proportional to the means, so true ties tie exactly.
    aggregate.categories.map((c) => (c.mean === null ? null : c.sum)),
  );
  return proposal.ok ? { aggregate, teamScore: proposal.value.sheet } : { aggregate };
}

/**
 * Puts an SVG document into a container as SVG (not as HTML text): the browser's XML parser reads
 * it, so a chart that were not well-formed would fail here, loudly.
 */
function show(container: HTMLElement, svg: string): void {
  const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
  if (parsed.querySelector("parsererror") !== null) throw new Error("a chart is not well-formed");
  container.replaceChildren(document.importNode(parsed.documentElement, true));
}

/**
 * Draws the three charts for the team of `template` into the page's team section; `sheet` is the
 * page's sheet when it is valid (then it joins the team), else `null`.
 */
export function renderTeamCharts(
  template: KofferTemplate,
  sheet: KofferSheetInput | null,
  locale: Locale,
): void {
  const t = ui[locale];
  element("team-heading").textContent = t.heading;
  element("team-intro").textContent = t.intro;
  const make = (shifts: readonly number[]) =>
    shifts.map((shift, i) => colleague(template, names[i] as string, shift));
  const sheets = [
    ...make(rounds.now),
    ...(sheet === null ? [] : [{ ...sheet, respondent: t.you }]),
  ];
  const now = score(template, sheets);
  const earlier = score(template, make(rounds.earlier));
  const other = score(template, make(rounds.other));

  show(element("team-chart"), kofferStripChart(template, { ...now, sheets }, { locale }));
  const again = compareRounds({ date: earlierDate, ...earlier }, { date: nowDate, ...now });
  if (again.ok) {
    show(
      element("rounds-chart"),
      kofferRoundsChart(template, again.value, { locale, before: earlierDate, after: nowDate }),
    );
  }
  const side = compareTeams([
    { team: t.us, ...now },
    { team: t.them, ...other },
  ]);
  if (side.ok) show(element("teams-chart"), kofferTeamsChart(template, side.value, { locale }));
}
