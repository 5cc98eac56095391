/**
 * The koffer's team aggregate (verzamelkoffer) as a spreadsheet table. Imports nothing of the star
 * rules: a koffer-only app can use it with `sterrenprogramma/koffer`.
 */
import type { Locale } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { TeamAggregate } from "../koffer/aggregate.js";
import type { KofferSheet } from "../koffer/sheet.js";
import { expectResult } from "./guards.js";
import type { SpreadsheetCell, SpreadsheetTable } from "./table.js";

/**
 * The options of `teamAggregateTable`.
 *
 * @example
 * const options: TeamAggregateTableOptions = { locale: "nl", teamScore: decided.value };
 */
export interface TeamAggregateTableOptions {
  readonly locale: Locale;
  /**
   * The team score the library proposed (`proposeTeamScore`'s `sheet`): a column "Voorstel
   * teamscore" / "Proposed team score", empty for a category the sheet does not have.
   */
  readonly proposedScore?: KofferSheet;
  /**
   * The team score the team decided (`validateTeamScore`'s value): a last column "Teamscore" /
   * "Team score", empty for a category the sheet does not have.
   */
  readonly teamScore?: KofferSheet;
}

/** The words of the table in one language; typed, so a missing word fails to compile. */
interface KofferTableWords {
  readonly figures: readonly string[];
  readonly named: readonly [string, string];
  readonly anonymous: readonly [string, string];
  readonly proposedScore: string;
  readonly teamScore: string;
}

const words: { readonly [L in Locale]: KofferTableWords } = /* @__PURE__ */ deepFreeze({
  nl: {
    figures: [
      "Categorie",
      "Vellen",
      "Gemiddelde",
      "Mediaan",
      "Laagste",
      "Hoogste",
      "Spreiding",
      "Standaardafwijking",
      "Gemiddelde rang",
      "Bordapunten",
      "Gespreksvolgorde",
    ],
    named: ["Hoogste score van", "Laagste score van"],
    anonymous: ["Vellen met de hoogste score", "Vellen met de laagste score"],
    proposedScore: "Voorstel teamscore",
    teamScore: "Teamscore",
  },
  en: {
    figures: [
      "Category",
      "Sheets",
      "Mean",
      "Median",
      "Lowest",
      "Highest",
      "Range",
      "Standard deviation",
      "Mean rank",
      "Borda points",
      "Discussion order",
    ],
    named: ["Highest score by", "Lowest score by"],
    anonymous: ["Sheets with the highest score", "Sheets with the lowest score"],
    proposedScore: "Proposed team score",
    teamScore: "Team score",
  },
});

/**
 * A team aggregate (verzamelkoffer, rules B3) as a spreadsheet table for the team around the
 * table: one row per category, in the template's order, named by its label. Per category the
 * number of valid sheets, mean, median, lowest, highest, range (spreiding), population standard
 * deviation, mean rank, Borda points, its place in the discussion order (1 = most disagreement),
 * and who gave the highest and the lowest score (names joined by ", "); for an anonymous aggregate
 * instead how many sheets gave them. With `teamScore`, a last column with its points. Figures of a
 * team without valid sheets are empty cells. Numbers are as computed (a spreadsheet rounds for
 * display; `toCsv` writes at most 15 significant digits).
 *
 * The counts of sheets and Kendall's W are one figure per team, not per category: they are in the
 * aggregate itself (`counts`, `concordance`).
 *
 * @example
 * const table = teamAggregateTable(aggregate, { locale: "nl", teamScore: decided.value });
 * table.header[0]; //=> "Categorie"
 * table.rows[0];
 * //=> ["Netwerken", 8, 12.5, 12.5, 5, 20, 15, 4.5, 4.25, 30, 2, "anna, bram", "cas", 13]
 * toCsv(table, { locale: "nl" }); // for Excel
 * @function
 */
export const teamAggregateTable = /* @__PURE__ */ deepFreeze(function teamAggregateTable(
  aggregate: TeamAggregate,
  options: TeamAggregateTableOptions,
): SpreadsheetTable {
  expectResult(aggregate, "teamAggregateTable: aggregate", "aggregateSheets", {
    categories: "list",
    discussionOrder: "list",
  });
  const w = options.locale === "nl" ? words.nl : words.en;
  const { anonymous, discussionOrder } = aggregate;
  // Maps, so that the table stays linear in the number of categories, however many there are.
  const place = new Map(discussionOrder.map((id, i) => [id, i + 1]));
  const sheets = (
    [
      [w.proposedScore, options.proposedScore],
      [w.teamScore, options.teamScore],
    ] as const
  ).flatMap(([name, sheet]) =>
    sheet === undefined
      ? []
      : [{ name, points: new Map(sheet.scores.map((s) => [s.category, s.points])) }],
  );
  const header = [
    ...w.figures,
    ...(anonymous ? w.anonymous : w.named),
    ...sheets.map((s) => s.name),
  ];
  const rows = aggregate.categories.map((c): SpreadsheetCell[] => {
    const row: SpreadsheetCell[] = [
      c.label,
      c.n,
      c.mean,
      c.median,
      c.min,
      c.max,
      c.range,
      c.standardDeviation,
      c.meanRank,
      c.bordaPoints,
      place.get(c.category) ?? null,
      anonymous ? c.highestCount : c.highestRespondents.join(", "),
      anonymous ? c.lowestCount : c.lowestRespondents.join(", "),
    ];
    for (const s of sheets) row.push(s.points.get(c.category) ?? null);
    return row;
  });
  return { header, rows };
});
