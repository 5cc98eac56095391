/**
 * The star statement and the plan to reach the target as one print-ready HTML document, for the
 * appraisal conversation (gesprekkencyclus): who, which window, where they stand, every line
 * explained, and what to do next.
 */
import { longDate } from "../../i18n/format.js";
import type { Locale } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { Programme } from "../../programme/types.js";
import { explainStatementLines } from "../../stars/explain.js";
import { planMessages } from "../../stars/plan-messages.js";
import type { Plan } from "../../stars/plan-types.js";
import type { Statement } from "../../stars/types.js";
import { escapeMarkup } from "../escape.js";
import { count, wholePercent } from "../figures.js";
import { expectResult, STATEMENT_FIELDS } from "../guards.js";
import { num } from "../svg/svg-markup.js";
import { explanationHtml } from "./explanation.js";
import { type DocumentLabels, documentLabels } from "./labels.js";
import { type Cell, heading, htmlDocument, htmlTable, paragraph } from "./page.js";

/**
 * Options of `statementDocument` and `statementsDocument`.
 *
 * @example
 * const options: StatementDocumentOptions = { locale: "en", notes: false };
 */
export interface StatementDocumentOptions {
  /** `"nl"` (default) or `"en"`. */
  readonly locale?: Locale;
  /**
   * Whether to end each participant's pages with ruled space for notes and lines to sign for the
   * appraisal conversation (default `true`).
   */
  readonly notes?: boolean;
}

/**
 * One participant's part of `statementsDocument`: the statement and, when there is one, the plan
 * to reach the target.
 *
 * @example
 * const page: StatementPage = {
 *   statement: computeStatement(programme, participant, "2026-06-30"),
 *   plan: planToTarget(programme, participant, "2026-06-30"),
 * };
 */
export interface StatementPage {
  readonly statement: Statement;
  /** The plan of the same participant at the same date; `null` or absent to leave it out. */
  readonly plan?: Plan | null;
}

/** The participant as people know them: the name, or the id when the data gives no name. */
const displayName = (statement: Statement) => statement.participantName ?? statement.participant;

/** The progress towards the target as a bar: counted stars, then stars that may still come. */
function progressBar(statement: Statement, text: string): string {
  const { counted, pending, target } = statement.totals;
  const width = 400;
  const share = (n: number) => (target <= 0 ? 1 : Math.min(1, Math.max(0, n / target)));
  const done = width * share(counted);
  const maybe = width * share(counted + pending) - done;
  const name = escapeMarkup(text);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="progress" viewBox="0 0 ${width} 14" width="${width}" height="14" role="img" aria-label="${name}">`,
    `<title>${name}</title>`,
    `<rect x="0" y="0" width="${width}" height="14" rx="3" fill="#e3e7ef"/>`,
    `<rect class="counted" x="0" y="0" width="${num(done)}" height="14" rx="3" fill="#1f5fa8"/>`,
    `<rect class="pending" x="${num(done)}" y="0" width="${num(maybe)}" height="14" fill="#9db8dc"/>`,
    "</svg>",
  ].join("\n");
}

/** The header: programme, whose statement, the date, the window and the status in words. */
function header(
  programme: Programme,
  statement: Statement,
  l: DocumentLabels["statement"],
  locale: Locale,
) {
  const fact = (term: string, definition: string) =>
    `<dt>${escapeMarkup(term)}</dt><dd>${definition}</dd>`;
  return [
    "<header>",
    paragraph(programme.name, "kicker"),
    heading(1, l.heading(displayName(statement))),
    '<dl class="facts">',
    fact(l.asOf, escapeMarkup(longDate(statement.asOf, locale))),
    fact(l.window, escapeMarkup(l.windowText(statement.window))),
    fact(
      l.status,
      `<span class="status status-${escapeMarkup(statement.status)}">${escapeMarkup(l.statusWords[statement.status])}</span>`,
    ),
    "</dl>",
    "</header>",
  ];
}

/** The figures a conversation starts from, with the progress bar. */
function glance(statement: Statement, l: DocumentLabels["statement"]) {
  const { totals, pace, mandatory } = statement;
  const progress = l.progress(totals.counted, totals.target, wholePercent(totals.progress));
  const figure = (label: string, value: string) =>
    `<li><span class="label">${escapeMarkup(label)}</span><span class="value">${escapeMarkup(value)}</span></li>`;
  return [
    '<section class="glance">',
    heading(2, l.glance),
    progressBar(statement, progress),
    paragraph(progress),
    '<ul class="figures">',
    figure(l.counted, l.stars(totals.counted)),
    figure(l.target, l.stars(totals.target)),
    figure(l.remaining, l.stars(totals.remaining)),
    figure(l.due, l.stars(pace.due)),
    figure(l.pending, l.stars(totals.pending)),
    figure(l.mandatoryOpen, l.mandatoryOpenValue(mandatory.outstanding, mandatory.overdue)),
    "</ul>",
    "</section>",
  ];
}

/**
 * The plan: its outcome, the suggested components in a table, and what stays open. The sentences
 * are the plan's own messages (`planMessages`), as `explainPlan` says them.
 */
function planSection(plan: Plan, l: DocumentLabels["statement"], locale: Locale) {
  const m = planMessages[locale];
  const out = ['<section class="plan">', heading(2, l.plan)];
  out.push(
    paragraph(
      plan.items.length === 0 && plan.reached
        ? m.alreadyReached(plan)
        : plan.reached
          ? m.reaches(plan)
          : m.unreachable(plan),
    ),
  );
  if (plan.items.length > 0) {
    const c = l.planColumns;
    const header: Cell[] = [
      { text: c.from },
      { text: c.component },
      { text: c.edition, num: true },
      { text: c.stars, num: true },
      { text: c.adds, num: true },
      { text: c.hours, num: true },
      { text: c.why },
    ];
    const rows = plan.items.map((i): Cell[] => [
      { text: longDate(i.date, locale), nowrap: true },
      { text: i.title },
      { text: String(i.year), num: true },
      { text: count(i.stars, locale), num: true },
      { text: count(i.adds, locale), num: true },
      { text: l.hours(i.hours), num: true },
      { text: l.why[i.reason](i) },
    ]);
    out.push(htmlTable(header, rows), paragraph(m.totals(plan)));
  }
  if (plan.unavailable.length > 0) {
    out.push(
      "<ul>",
      ...plan.unavailable.map((u) => `<li>${escapeMarkup(m.unavailable(u))}</li>`),
      "</ul>",
    );
  }
  const open = plan.unmetObligations - plan.unavailable.length;
  if (open > 0) out.push(paragraph(m.unmetObligations(open)));
  for (const rule of plan.unmetRules) out.push(paragraph(m.unmetRule[rule]()));
  if (!plan.exact) out.push(paragraph(m.notExact()));
  for (const d of plan.diagnostics) out.push(paragraph(d.message[locale]));
  out.push("</section>");
  return out;
}

/** Ruled space for notes, and lines to sign, for the conversation on paper. */
function notesSection(l: DocumentLabels["statement"]) {
  return [
    '<section class="notes">',
    heading(2, l.notes),
    ...Array.from({ length: 5 }, () => '<div class="ruled"></div>'),
    '<div class="signatures">',
    ...l.signatures.map((s) => paragraph(s)),
    "</div>",
    "</section>",
  ];
}

/** One participant's pages: header, figures, explanation, plan and notes. */
function participantArticle(
  programme: Programme,
  page: StatementPage,
  locale: Locale,
  notes: boolean,
): string[] {
  const { statement } = page;
  const plan = page.plan ?? null;
  if (
    plan !== null &&
    (plan.participant !== statement.participant || plan.asOf !== statement.asOf)
  ) {
    throw new TypeError(
      "statementDocument: the plan is of another participant or date than the statement (compute both for the same participant at the same date).",
    );
  }
  const l = documentLabels[locale].statement;
  // The explanation's first line is its heading ("Star statement of …"): the header says it.
  const explanation = explainStatementLines(statement, locale).slice(1);
  return [
    '<article class="participant">',
    ...header(programme, statement, l, locale),
    ...glance(statement, l),
    '<section class="explanation">',
    heading(2, l.explanation),
    explanationHtml(explanation),
    "</section>",
    ...(plan === null ? [] : planSection(plan, l, locale)),
    ...(notes ? notesSection(l) : []),
    "</article>",
  ];
}

/**
 * Many participants' star statements and plans as one print-ready HTML document: each participant
 * on their own pages (a page break between participants when printed), laid out as
 * `statementDocument` lays out one. For the command line's `statements --html`, and for an HR
 * officer who prints a team's statements at once.
 *
 * @param programme - the validated programme the statements were computed with (its name heads
 *   each page)
 * @param pages - per participant the statement and, optionally, the plan; not changed
 * @param options - the locale (default Dutch) and whether to add space for notes
 * @returns a complete HTML5 document
 * @throws TypeError when a plan belongs to another participant or date than its statement
 *
 * @example
 * import { computeStatement, planToTarget } from "sterrenprogramma";
 * import { statementsDocument } from "sterrenprogramma/documents";
 *
 * const html = statementsDocument(
 *   programme,
 *   participants.map((p) => ({
 *     statement: computeStatement(programme, p, "2026-06-30"),
 *     plan: planToTarget(programme, p, "2026-06-30"),
 *   })),
 *   { locale: "nl" },
 * );
 * @function
 */
export const statementsDocument = /* @__PURE__ */ deepFreeze(function statementsDocument(
  programme: Programme,
  pages: readonly StatementPage[],
  options: StatementDocumentOptions = {},
): string {
  expectResult(programme, "statementsDocument: programme", "parseProgramme", { editions: "list" });
  if (!Array.isArray(pages))
    throw new TypeError("statementsDocument: pages must be a list of { statement, plan }");
  for (let i = 0; i < pages.length; i++)
    expectResult(
      (pages[i] as StatementPage | undefined)?.statement,
      `statementsDocument: pages[${i}].statement`,
      "computeStatement",
      STATEMENT_FIELDS,
    );
  const locale = options.locale === "en" ? "en" : "nl";
  const notes = options.notes !== false;
  const l = documentLabels[locale].statement;
  const first = pages[0]?.statement;
  const title =
    pages.length === 1 && first !== undefined
      ? l.title(displayName(first), first.asOf)
      : l.collectionTitle(programme.name, first?.asOf ?? "");
  const body =
    pages.length === 0
      ? [paragraph(programme.name, "kicker"), paragraph(l.noParticipants)]
      : pages.flatMap((page) => participantArticle(programme, page, locale, notes));
  return htmlDocument(locale, title, body);
});

/**
 * A participant's star statement and plan to reach the target as one print-ready HTML document,
 * for the appraisal conversation (rules A8): the participant's name, the date and the window, the
 * status in words, the figures at a glance with a progress bar, the whole explanation (every
 * completion with its title, stars and the reason in words, bonus stars by theme, mandatory
 * components, elective rules, stars about to leave the window, earlier windows), the plan as a
 * table (when, which component, which edition, stars, hours, why) with what stays open, and space
 * for notes. Dates read "30 juni 2026" / "30 June 2026"; numbers take a decimal comma in Dutch.
 *
 * One self-contained HTML5 file: `lang` set, the style inline with print rules for A4, no script
 * and no external resource (a Content Security Policy forbids both); every text from the data is
 * escaped. The explanations are the library's own (`explainStatementLines`, `planMessages`), so the
 * document says what the command line and an app say.
 *
 * @param programme - the validated programme the statement was computed with
 * @param statement - the statement; not changed
 * @param plan - the plan of the same participant at the same date, or `null` to leave it out
 * @param options - the locale (default Dutch) and whether to add space for notes
 * @returns a complete HTML5 document
 * @throws TypeError when the plan belongs to another participant or date
 *
 * @example
 * import { computeStatement, planToTarget } from "sterrenprogramma";
 * import { statementDocument } from "sterrenprogramma/documents";
 *
 * const statement = computeStatement(programme, participant, "2026-06-30");
 * const plan = planToTarget(programme, participant, "2026-06-30");
 * const html = statementDocument(programme, statement, plan, { locale: "nl" });
 * html.startsWith("<!DOCTYPE html>"); //=> true
 * @function
 */
export const statementDocument = /* @__PURE__ */ deepFreeze(function statementDocument(
  programme: Programme,
  statement: Statement,
  plan: Plan | null,
  options: StatementDocumentOptions = {},
): string {
  return statementsDocument(programme, [{ statement, plan }], options);
});
