/**
 * The organisation report as one HTML page for management (rules A8): where the participants stand,
 * the distribution of counted stars and the completion of the mandatory components as charts with
 * their figures as tables, participation, trainers and kartrekkers, and the training return.
 */
import { longDate } from "../../i18n/format.js";
import type { Locale } from "../../i18n/types.js";
import { deepFreeze } from "../../internal/deep-freeze.js";
import type { Programme } from "../../programme/types.js";
import type { OrganisationReport, Participation } from "../../stars/report-types.js";
import { escapeMarkup } from "../escape.js";
import { count, oneDecimal, wholePercent } from "../figures.js";
import { expectResult, REPORT_FIELDS } from "../guards.js";
import {
  binLabel,
  countedStarsChart,
  mandatoryRatesChart,
  starBins,
} from "../svg/report-charts.js";
import { documentLabels } from "./labels.js";
import { type Cell, heading, htmlDocument, htmlTable, paragraph } from "./page.js";

/**
 * Options of `reportDocument`.
 *
 * @example
 * const options: ReportDocumentOptions = { locale: "en" };
 */
export interface ReportDocumentOptions {
  /** `"nl"` (default) or `"en"`. */
  readonly locale?: Locale;
}

const numberCell = (n: number, locale: Locale): Cell => ({ text: count(n, locale), num: true });

/** A word that starts a table cell, as a label: "Op schema". */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A chart, then the same figures as a table for readers who cannot see it. */
const figure = (svg: string, table: string) => ["<figure>", svg, "</figure>", table];

/**
 * The organisation report as one HTML page (rules A8): the programme, the date and the number of
 * participants; how many are complete, on track and behind; the distribution of counted stars as
 * a bar chart with the programme's target marked; the completion rate of every mandatory
 * component (by title) as a bar chart; participation per theme, learning line and spearhead;
 * trainers and kartrekkers per theme; and the training return. Each chart is inline SVG with an
 * accessible name and description, followed by a table with the same figures.
 *
 * One self-contained HTML5 file like `statementDocument`: `lang` set, inline style with print rules
 * for A4, no script, no external resource, every text from the data escaped; dates as "30 juni
 * 2026", numbers with a decimal comma in Dutch.
 *
 * @param programme - the validated programme the report was computed with (its name and target)
 * @param report - the organisation report; not changed
 * @param options - the locale (default Dutch)
 * @returns a complete HTML5 document
 *
 * @example
 * import { organisationReport } from "sterrenprogramma";
 * import { reportDocument } from "sterrenprogramma/documents";
 *
 * const report = organisationReport(programme, participants, "2026-06-30");
 * const html = reportDocument(programme, report, { locale: "en" });
 * html.includes("<svg"); //=> true
 * @function
 */
export const reportDocument = /* @__PURE__ */ deepFreeze(function reportDocument(
  programme: Programme,
  report: OrganisationReport,
  options: ReportDocumentOptions = {},
): string {
  expectResult(programme, "reportDocument: programme", "parseProgramme", { editions: "list" });
  expectResult(report, "reportDocument: report", "organisationReport", REPORT_FIELDS);
  const locale = options.locale === "en" ? "en" : "nl";
  const l = documentLabels[locale].report;
  const words = documentLabels[locale].statement.statusWords;
  const body: string[] = [
    "<header>",
    paragraph(programme.name, "kicker"),
    heading(1, l.heading),
    '<dl class="facts">',
    `<dt>${escapeMarkup(l.asOf)}</dt><dd>${escapeMarkup(longDate(report.asOf, locale))}</dd>`,
    `<dt>${escapeMarkup(l.participants)}</dt><dd>${escapeMarkup(l.participantsValue(report.participants))}</dd>`,
    `<dt>${escapeMarkup(l.meanCounted)}</dt><dd>${escapeMarkup(oneDecimal(report.meanCounted, locale))}</dd>`,
    "</dl>",
    "</header>",
  ];

  body.push(
    "<section>",
    heading(2, l.statusHeading),
    htmlTable(
      [{ text: l.statusColumns[0] }, { text: l.statusColumns[1], num: true }],
      (["complete", "on-track", "behind"] as const).map((s) => [
        { text: capitalised(words[s]) },
        numberCell(report.status[s], locale),
      ]),
    ),
    "</section>",
  );

  // The table lists the star counts that have participants; the chart shows every one.
  const bins = starBins(report.countedDistribution);
  const filled = bins.filter((b) => b.participants > 0);
  body.push(
    "<section>",
    heading(2, l.distribution),
    ...figure(
      countedStarsChart(report, { locale, target: programme.policy.target }),
      htmlTable(
        [{ text: l.distributionColumns[0] }, { text: l.distributionColumns[1], num: true }],
        filled.map((b) => [{ text: binLabel(b) }, numberCell(b.participants, locale)]),
      ),
    ),
    ...(filled.length < bins.length ? [paragraph(l.distributionOthers)] : []),
    "</section>",
  );

  const c = l.mandatoryColumns;
  body.push("<section>", heading(2, l.mandatory));
  if (report.mandatory.length === 0) body.push(paragraph(l.noMandatory));
  else {
    body.push(
      ...figure(
        mandatoryRatesChart(report, { locale }),
        htmlTable(
          [
            { text: c[0] },
            { text: c[1], num: true },
            { text: c[2], num: true },
            { text: c[3], num: true },
            { text: c[4], num: true },
            { text: c[5], num: true },
          ],
          report.mandatory.map((m) => [
            { text: m.title },
            numberCell(m.required, locale),
            numberCell(m.completed, locale),
            numberCell(m.late, locale),
            numberCell(m.overdue, locale),
            { text: `${wholePercent(m.rate)}%`, num: true },
          ]),
        ),
      ),
    );
  }
  body.push("</section>");

  const participation = (title: string, rows: readonly Participation[]) => [
    heading(3, title),
    rows.length === 0
      ? paragraph(l.none)
      : htmlTable(
          [
            { text: l.participationColumns[0] },
            { text: l.participationColumns[1], num: true },
            { text: l.participationColumns[2], num: true },
          ],
          rows.map((p) => [
            { text: p.name },
            numberCell(p.participants, locale),
            numberCell(p.completions, locale),
          ]),
        ),
  ];
  body.push(
    "<section>",
    ...participation(l.participation.themes, report.participation.themes),
    ...participation(l.participation.learningLines, report.participation.learningLines),
    ...participation(l.participation.spearheads, report.participation.spearheads),
    "</section>",
  );

  body.push("<section>", heading(2, l.roles));
  body.push(
    report.roles.length === 0
      ? paragraph(l.none)
      : htmlTable(
          [
            { text: l.rolesColumns[0] },
            { text: l.rolesColumns[1], num: true },
            { text: l.rolesColumns[2], num: true },
          ],
          report.roles.map((r) => [
            { text: r.name },
            numberCell(r.trainers, locale),
            numberCell(r.kartrekkers, locale),
          ]),
        ),
    "</section>",
  );

  const score = (s: { readonly n: number; readonly mean: number | null }) =>
    l.score(s.mean === null ? null : oneDecimal(s.mean, locale), s.n);
  body.push("<section>", heading(2, l.trainingReturn));
  body.push(
    report.trainingReturn.length === 0
      ? paragraph(l.none)
      : htmlTable(
          [
            { text: l.trainingReturnColumns[0] },
            { text: l.trainingReturnColumns[1], num: true },
            { text: l.trainingReturnColumns[2], num: true },
            { text: l.trainingReturnColumns[3], num: true },
          ],
          report.trainingReturn.map((r) => [
            { text: r.title },
            numberCell(r.evaluations, locale),
            { text: score(r.participantScore), num: true },
            { text: score(r.effectScore), num: true },
          ]),
        ),
    "</section>",
  );

  return htmlDocument(locale, l.title(programme.name, report.asOf), body);
});
