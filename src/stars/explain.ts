import { en } from "../i18n/en/statement.js";
import { nl } from "../i18n/nl/statement.js";
import { enStatusWords, nlStatusWords } from "../i18n/status-words.js";
import type { Locale } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { StatementMessages } from "./explain-messages.js";
import { holdsItsComponent } from "./rules/duplicates.js";
import type { CompletionLine, Statement, StatementStatus } from "./types.js";

const messages: { readonly [L in Locale]: StatementMessages } = /* @__PURE__ */ deepFreeze({
  nl,
  en,
});

/** Marks one item of a section. */
const item = (text: string) => `- ${text}`;

/**
 * A fraction 0–1 as a whole percentage. Rounding never claims 100% before the whole is there, nor
 * 0% once something is: a reader takes "100%" to mean done.
 */
function wholePercent(fraction: number): number {
  const percent = Math.round(fraction * 100);
  if (fraction < 1 && percent >= 100) return 99;
  if (fraction > 0 && percent <= 0) return 1;
  return percent;
}

/**
 * The line that counts instead of a duplicate: of the same component, in the same year if there
 * is one (a repeatable component counts once a year), else in the window.
 */
function countsInsteadOf(
  lines: readonly CompletionLine[],
  duplicate: CompletionLine,
): CompletionLine | null {
  let inWindow: CompletionLine | null = null;
  for (const l of lines) {
    if (!holdsItsComponent(l.reason) || l.completion.component !== duplicate.completion.component)
      continue;
    if (l.year === duplicate.year) return l;
    inWindow ??= l;
  }
  return inWindow;
}

/**
 * A participant's star statement as readable text, one array entry per line (rules A8): heading and
 * window, target, every completion line with its reason, bonus stars, roles without a bonus,
 * carry-over, exemptions, totals, mandatory components, elective rules, the yearly minimum, stars
 * about to leave a rolling window, earlier windows and finally the status. Sections are separated
 * by an empty line; sections with nothing to say (no bonus, no carry-over, no elective rules, …)
 * are left out. Things are named as people know them: the participant by name, components by
 * title, themes and learning lines by name (the statement carries them); a component or theme the
 * programme does not have is said in words with its id quoted (`Onbekend onderdeel "x"`). Dates
 * read as in prose ("30 juni 2026", see `longDate`), fixed to the calendar date: never the
 * machine's locale, time zone or clock.
 *
 * @param statement - the statement to explain; it is not changed
 * @param locale - `"nl"` (default) or `"en"`
 * @returns the lines of the explanation, without line breaks
 *
 * @example
 * const lines = explainStatementLines(statement, "en");
 * lines[0]; //=> "Star statement of Anouk Jansen as of 30 June 2026"
 * lines.find((l) => l.includes("Digitaal Hulpplein"));
 * //=> "- Inwoners wegwijs maken op het Digitaal Hulpplein, 19 May 2026: 3 stars, 1 counts: the window's cap has been reached (2 over the cap)."
 * @function
 */
export const explainStatementLines = /* @__PURE__ */ deepFreeze(function explainStatementLines(
  statement: Statement,
  locale: Locale = "nl",
): string[] {
  const m = messages[locale];
  const { window, totals, mandatory, pace } = statement;
  const elapsedPercent = wholePercent(window.elapsedFraction);
  const sections: string[][] = [];

  sections.push([
    m.heading({
      participant: statement.participant,
      participantName: statement.participantName,
      asOf: statement.asOf,
    }),
    m.window({ ...window, elapsedPercent }),
    m.target(statement.target),
  ]);

  sections.push(
    statement.lines.length === 0
      ? [m.noCompletions()]
      : [
          m.completionsHeading(),
          ...statement.lines.map((l) =>
            item(
              m.line[l.reason](
                l,
                l.reason === "duplicate" ? countsInsteadOf(statement.lines, l) : null,
              ),
            ),
          ),
        ],
  );

  if (statement.bonus.length > 0)
    sections.push([m.bonusHeading(), ...statement.bonus.map((b) => item(m.bonus[b.reason](b)))]);

  const withoutBonus = statement.roles.filter((r) => r.reason !== "bonus");
  if (withoutBonus.length > 0)
    sections.push([m.rolesHeading(), ...withoutBonus.map((r) => item(m.role[r.reason](r)))]);

  if (statement.carryOver !== null) sections.push([m.carryOver(statement.carryOver)]);

  if (statement.exemptions.length > 0)
    sections.push([
      m.exemptionsHeading(),
      ...statement.exemptions.map((e) => item(m.exemption[e.reason](e))),
    ]);

  sections.push([
    m.totalsHeading(),
    item(m.totals.earned(totals.earned)),
    item(m.totals.counted(totals.counted)),
    item(m.totals.surplus(totals.surplus)),
    item(m.totals.pending(totals.pending)),
    item(m.totals.target(totals.target)),
    item(m.totals.remaining(totals.remaining)),
    item(m.progress(wholePercent(totals.progress))),
  ]);

  sections.push(
    mandatory.obligations.length === 0
      ? [m.noMandatory()]
      : [
          m.mandatoryHeading(mandatory),
          ...mandatory.obligations.map((o) => item(m.obligation[o.status](o))),
        ],
  );

  if (statement.electiveRules.length > 0)
    sections.push([
      m.electiveHeading(),
      ...statement.electiveRules.map((r) => item(m.electiveRule[r.rule](r))),
    ]);

  if (statement.yearlyMinimum.length > 0)
    sections.push([
      m.yearlyMinimumHeading(),
      ...statement.yearlyMinimum.map((y) => item(m.yearMinimum[y.status](y))),
    ]);

  if (statement.expiring.length > 0)
    sections.push([m.expiringHeading(), ...statement.expiring.map((e) => item(m.expiring(e)))]);

  if (statement.history.length > 0)
    sections.push([m.historyHeading(), ...statement.history.map((w) => item(m.history(w)))]);

  sections.push([
    m.status[statement.status]({
      counted: totals.counted,
      target: totals.target,
      expected: pace.due,
      elapsedPercent: wholePercent(pace.days === 0 ? 1 : pace.elapsedDays / pace.days),
      since: pace.from === window.start && pace.to === window.end ? null : pace.from,
      overdue: mandatory.overdue,
      minimumMissed: statement.yearlyMinimum
        .filter((y) => y.status === "not-met")
        .map((y) => y.year),
    }),
  ]);

  return sections.flatMap((section, i) => (i === 0 ? section : ["", ...section]));
});

/**
 * A participant's star statement as readable text in Dutch or English (rules A8): the lines of
 * {@link explainStatementLines} joined with `"\n"`. Pure: the same statement and locale always give
 * the same text, whatever the machine's locale, time zone or clock.
 *
 * @param statement - the statement to explain; it is not changed
 * @param locale - `"nl"` (default) or `"en"`
 * @returns the explanation, lines separated by `"\n"`, without a trailing line break
 *
 * @example
 * console.log(explainStatement(computeStatement(programme, participant, "2026-06-30")));
 * // Sterrenoverzicht van Anouk Jansen, stand op 30 juni 2026
 * // Periode: 1 januari 2025 t/m 31 december 2026 (vaste periode); 546 van 730 dagen voorbij (75%).
 * // Doel: 15 sterren.
 * // …
 * // Stand: op schema. …
 * @function
 */
export const explainStatement = /* @__PURE__ */ deepFreeze(function explainStatement(
  statement: Statement,
  locale: Locale = "nl",
): string {
  return explainStatementLines(statement, locale).join("\n");
});

/**
 * A statement's status in a word or two, in Dutch or English — the words the explanation uses
 * (rules A8), for a table, a list or a chart legend: "voltooid", "op schema", "achter op schema" /
 * "complete", "on track", "behind".
 *
 * @param status - `statement.status`
 * @param locale - `"nl"` (default) or `"en"`
 *
 * @example
 * statementStatusText("on-track"); //=> "op schema"
 * statementStatusText("behind", "en"); //=> "behind"
 * @function
 */
export const statementStatusText = /* @__PURE__ */ deepFreeze(function statementStatusText(
  status: StatementStatus,
  locale: Locale = "nl",
): string {
  return (locale === "en" ? enStatusWords : nlStatusWords)[status];
});
