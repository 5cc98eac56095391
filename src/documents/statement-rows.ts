/**
 * Star statements as spreadsheet tables: one row per participant (the overview a manager filters
 * and sorts), and one row per line of each statement (what counted and why).
 */
import type { Locale } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { LineReason, Statement } from "../stars/types.js";
import { expectResults, STATEMENT_FIELDS } from "./guards.js";
import { spreadsheetWords } from "./spreadsheet-words.js";
import type { SpreadsheetCell, SpreadsheetTable } from "./table.js";

/**
 * The options of the spreadsheet tables: the language of the headers and of words in the cells.
 *
 * @example
 * const options: SpreadsheetOptions = { locale: "nl" };
 */
export interface SpreadsheetOptions {
  readonly locale: Locale;
}

/** The name a person reads: the participant's name, or the id when the participant has none. */
const nameOf = (s: Statement) => s.participantName ?? s.participant;

/**
 * Statements as a spreadsheet table, one row per participant (rules A8): the participant's name and
 * id, the as-of date, the window, the status in words, the stars (counted, target, remaining,
 * progress as a percentage, earned, over the cap, pending), the whole stars due by now to be on
 * track, and the mandatory components (required, completed, outstanding, overdue). The id column
 * is there to match rows with an HR system; everything else names things as people do. Dates are
 * `YYYY-MM-DD`, which spreadsheets read as dates. Rows keep the order of `statements`.
 *
 * @example
 * const table = statementsTable([statement], { locale: "nl" });
 * table.header.slice(0, 7); //=> ["Medewerker", "Id", "Peildatum", "Periode van", "Periode tot en met", "Status", "Telt mee"]
 * table.rows[0]?.slice(0, 7); //=> ["Anna de Vries", "p-anna", "2026-06-30", "2025-01-01", "2026-12-31", "op schema", 12]
 * toCsv(table, { locale: "nl" }); // for Excel
 * @function
 */
export const statementsTable = /* @__PURE__ */ deepFreeze(function statementsTable(
  statements: readonly Statement[],
  options: SpreadsheetOptions,
): SpreadsheetTable {
  expectResults(statements, "statementsTable: statements", "computeStatement", STATEMENT_FIELDS);
  const words = spreadsheetWords(options.locale);
  const rows = statements.map((s): SpreadsheetCell[] => [
    nameOf(s),
    s.participant,
    s.asOf,
    s.window.start,
    s.window.end,
    words.statusWords[s.status],
    s.totals.counted,
    s.totals.target,
    s.totals.remaining,
    s.totals.progress * 100,
    s.totals.earned,
    s.totals.surplus,
    s.totals.pending,
    s.pace.due,
    s.mandatory.required,
    s.mandatory.completed,
    s.mandatory.outstanding,
    s.mandatory.overdue,
  ]);
  return { header: [...words.statements], rows };
});

/** The reason of a carried-over line, in the terms of a completion's. */
function carryReason(stars: number, counted: number): LineReason {
  return counted === stars ? "counted" : counted === 0 ? "over-cap" : "partly-over-cap";
}

/**
 * Statements as a spreadsheet table, one row per line (rules A7, A8): for each participant, every
 * completion of the input, every bonus and the stars carried over from the window before, each
 * with its date, its kind, what it is (the component's title; a bonus by its roles, theme name and
 * year), the completion's status, its stars, the stars that count, and the reason in words.
 * Participants in the order of `statements`, lines in date order (completions, then bonuses, on
 * the same day; stars carried over first, dated at the window's start). A completion of a
 * component the programme does not list is named with its id in quotes, in words.
 *
 * @example
 * const table = statementLinesTable([statement], { locale: "en" });
 * table.header; //=> ["Participant", "Id", "Date", "Kind", "Component", "Status", "Stars", "Counted", "Reason"]
 * table.rows[0]; //=> ["Anna de Vries", "p-anna", "2025-03-12", "completion", "Privacy en de AVG", "approved", 2, 2, "counted"]
 * @function
 */
export const statementLinesTable = /* @__PURE__ */ deepFreeze(function statementLinesTable(
  statements: readonly Statement[],
  options: SpreadsheetOptions,
): SpreadsheetTable {
  expectResults(
    statements,
    "statementLinesTable: statements",
    "computeStatement",
    STATEMENT_FIELDS,
  );
  const words = spreadsheetWords(options.locale);
  const rows: SpreadsheetCell[][] = [];
  for (const s of statements) {
    const who = [nameOf(s), s.participant] as const;
    const dated: {
      readonly date: string;
      readonly order: number;
      readonly row: SpreadsheetCell[];
    }[] = [];
    if (s.carryOver !== null) {
      const { from, stars, counted } = s.carryOver;
      dated.push({
        date: s.window.start,
        order: 0,
        row: [
          ...who,
          s.window.start,
          words.kinds.carryOver,
          words.carryOver(from.start, from.end),
          null,
          stars,
          counted,
          words.reasons[carryReason(stars, counted)],
        ],
      });
    }
    for (const l of s.lines) {
      dated.push({
        date: l.completion.date,
        order: 1,
        row: [
          ...who,
          l.completion.date,
          words.kinds.completion,
          l.title ?? words.unknownComponent(l.completion.component),
          words.approval[l.completion.status],
          l.stars,
          l.counted,
          words.reasons[l.reason],
        ],
      });
    }
    for (const b of s.bonus) {
      const theme = b.theme === null ? null : (b.themeName ?? `"${b.theme}"`);
      dated.push({
        date: b.date,
        order: 2,
        row: [
          ...who,
          b.date,
          words.kinds.bonus,
          words.bonus(b.roles, theme, b.year),
          null,
          b.stars,
          b.counted,
          words.reasons[b.reason],
        ],
      });
    }
    // A stable sort: lines and bonuses keep the statement's own order within a day.
    dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));
    for (const d of dated) rows.push(d.row);
  }
  return { header: [...words.lines], rows };
});
