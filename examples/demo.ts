/**
 * `npm run demo` — the main job on the shipped example programme: validate it, summarise it, show
 * what validation says about a flawed draft, compute every participant's star statement and the
 * organisation report. Dutch by default; `--lang en` for English; `--all` explains every statement.
 */
import { reportDocument, statementDocument } from "../src/documents/index.js";
import {
  type Component,
  computeStatement,
  type Edition,
  editProgramme,
  exampleParticipants,
  exampleProgramme,
  explainStatement,
  formatDiagnostic,
  type Locale,
  longDate,
  organisationReport,
  type Participant,
  type Programme,
  type ProgrammeDiagnostic,
  planToTarget,
  prepareProgramme,
  statementStatusText,
  validateParticipants,
  validateProgramme,
} from "../src/index.js";
import { writeDocument } from "./document-files.js";
import { kofferDemoChart } from "./koffer-chart-demo.js";
import { printKofferDemo } from "./koffer-demo.js";
import { printPlanDemo } from "./plan-demo.js";

const args = process.argv.slice(2);
const langArg =
  args.find((a) => a.startsWith("--lang="))?.slice(7) ?? args[args.indexOf("--lang") + 1];
const locale: Locale = langArg === "en" || args.includes("--en") ? "en" : "nl";
const explainAll = args.includes("--all");
const AS_OF = "2026-06-30";
/** The participants whose statements are explained in full unless `--all` is given. */
const FEATURED = ["p-anouk", "p-sanne"];

/** "1 ster" / "2 sterren": a count with the word in its singular or plural. */
const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const nlPer = {
  "theme-year": "per thema per jaar",
  "theme-window": "per thema per periode",
  window: "per periode",
};
const enPer = {
  "theme-year": "per theme per year",
  "theme-window": "per theme per window",
  window: "per window",
};

const t = {
  nl: {
    title: "sterrenprogramma — demo op het meegeleverde voorbeeldprogramma",
    validating: "Programma valideren",
    valid: (w: number) => `geldig, ${n(w, "waarschuwing", "waarschuwingen")}`,
    invalid: (p: number) => `ONGELDIG, ${n(p, "probleem", "problemen")}`,
    policy: "Beleid",
    policyLine: (p: Programme["policy"]) =>
      `${p.window.kind === "fixed" ? "vaste" : p.window.kind === "rolling" ? "meeschuivende" : "persoonlijke"} periodes van ${p.window.years} jaar vanaf ${p.startYear}; doel ${n(p.target, "ster", "sterren")}, maximum ${p.cap === null ? "geen" : n(p.cap, "ster", "sterren")}; ${n(p.bonus.stars, "bonusster", "bonussterren")} ${nlPer[p.bonus.per]} voor ${p.bonus.roles.map((r) => `${r}s`).join(" en ")}`,
    catalogue: (p: Programme) =>
      `${n(p.themes.length, "thema", "thema's")}, ${n(p.learningLines.length, "leerlijn", "leerlijnen")}, ${n(p.spearheads.length, "speerpunt", "speerpunten")}, ${n(p.groups.length, "groep", "groepen")}`,
    edition: (e: Edition, m: number, el: number, stars: number, mandatory: number) =>
      `editie ${e.year}: ${n(e.components.length, "onderdeel", "onderdelen")} (${m} verplicht, ${el} vrije keuze), samen ${n(stars, "ster", "sterren")}, waarvan ${mandatory} verplicht`,
    formats: "vormen",
    formatNames: {
      classroom: "klassikaal",
      "e-learning": "e-learning",
      blended: "blended",
      "on-the-job": "op de werkplek",
      informal: "informeel",
    },
    participants: (p: number, w: number) =>
      `${n(p, "medewerker", "medewerkers")} gevalideerd, ${n(w, "waarschuwing", "waarschuwingen")}`,
    draft: "Een conceptprogramma met fouten: alle problemen tegelijk",
    none: "geen meldingen",
    statements: `Sterrenoverzichten, stand op ${longDate(AS_OF, "nl")}`,
    row: (name: string, counted: number, target: number, status: string, open: number) =>
      `${name.padEnd(18)} ${String(counted).padStart(2)} van ${n(target, "ster", "sterren")}  ${status.padEnd(16)}  ${open === 0 ? "alle verplichte onderdelen afgerond" : `${open} ${open === 1 ? "verplicht onderdeel" : "verplichte onderdelen"} open`}`,
    more: "Alle overzichten uitgelegd: npm run demo -- --all",
    report: `Organisatierapport, stand op ${longDate(AS_OF, "nl")}`,
    statusCounts: (c: number, o: number, b: number) =>
      `${c} ${statementStatusText("complete", "nl")}, ${o} ${statementStatusText("on-track", "nl")}, ${b} ${statementStatusText("behind", "nl")}`,
    mandatoryRate: "Verplichte onderdelen, afgerond",
    trainingReturn: "Trainingsrendement (gemiddelde score deelnemer / effect)",
    documents: "Om te printen (HTML)",
    statementHtml: (name: string) => `sterrenoverzicht en plan van ${name}`,
    reportHtml: "organisatierapport met grafieken",
  },
  en: {
    title: "sterrenprogramma — demo on the shipped example programme",
    validating: "Validating the programme",
    valid: (w: number) => `valid, ${n(w, "warning", "warnings")}`,
    invalid: (p: number) => `INVALID, ${n(p, "problem", "problems")}`,
    policy: "Policy",
    policyLine: (p: Programme["policy"]) =>
      `${p.window.kind === "fixed" ? "fixed" : p.window.kind === "rolling" ? "rolling" : "personal"} ${p.window.years}-year windows from ${p.startYear}; target ${n(p.target, "star", "stars")}, cap ${p.cap === null ? "none" : n(p.cap, "star", "stars")}; ${n(p.bonus.stars, "bonus star", "bonus stars")} ${enPer[p.bonus.per]} for ${p.bonus.roles.map((r) => `${r}s`).join(" and ")}`,
    catalogue: (p: Programme) =>
      `${n(p.themes.length, "theme", "themes")}, ${n(p.learningLines.length, "learning line", "learning lines")}, ${n(p.spearheads.length, "spearhead", "spearheads")}, ${n(p.groups.length, "group", "groups")}`,
    edition: (e: Edition, m: number, el: number, stars: number, mandatory: number) =>
      `edition ${e.year}: ${n(e.components.length, "component", "components")} (${m} mandatory, ${el} elective), ${n(stars, "star", "stars")} in all, ${mandatory} of them mandatory`,
    formats: "formats",
    formatNames: {
      classroom: "classroom",
      "e-learning": "e-learning",
      blended: "blended",
      "on-the-job": "on the job",
      informal: "informal",
    },
    participants: (p: number, w: number) =>
      `${n(p, "participant", "participants")} validated, ${n(w, "warning", "warnings")}`,
    draft: "A flawed draft programme: every problem at once",
    none: "no diagnostics",
    statements: `Star statements as of ${longDate(AS_OF, "en")}`,
    row: (name: string, counted: number, target: number, status: string, open: number) =>
      `${name.padEnd(18)} ${String(counted).padStart(2)} of ${n(target, "star", "stars")}  ${status.padEnd(16)}  ${open === 0 ? "every mandatory component completed" : `${open} mandatory ${open === 1 ? "component" : "components"} open`}`,
    more: "Every statement explained: npm run demo -- --all",
    report: `Organisation report as of ${longDate(AS_OF, "en")}`,
    statusCounts: (c: number, o: number, b: number) =>
      `${c} ${statementStatusText("complete", "en")}, ${o} ${statementStatusText("on-track", "en")}, ${b} ${statementStatusText("behind", "en")}`,
    mandatoryRate: "Mandatory components, completed",
    trainingReturn: "Training return (mean participant score / effect)",
    documents: "To print (HTML)",
    statementHtml: (name: string) => `star statement and plan of ${name}`,
    reportHtml: "organisation report with charts",
  },
}[locale];

const sum = (components: readonly Component[]) => components.reduce((s, c) => s + c.stars, 0);

function printDiagnostics(diagnostics: readonly ProgrammeDiagnostic[]) {
  if (diagnostics.length === 0) console.log(`  ${t.none}`);
  for (const d of diagnostics) console.log(`  - ${formatDiagnostic(d, locale)}`);
}

console.log(t.title);
console.log("=".repeat(t.title.length));
console.log(`\n${t.validating}: ${exampleProgramme.name}`);
const result = validateProgramme(exampleProgramme);
if (!result.ok) {
  console.log(`  ${t.invalid(result.diagnostics.length)}`);
  printDiagnostics(result.diagnostics);
  process.exitCode = 1;
} else {
  const programme = result.value;
  console.log(`  ${t.valid(result.warnings.length)}`);
  printDiagnostics(result.warnings);
  console.log(`\n${t.policy}: ${t.policyLine(programme.policy)}`);
  console.log(`  ${t.catalogue(programme)}`);
  for (const edition of programme.editions) {
    const mandatory = edition.components.filter((c) => c.requirement === "mandatory");
    const electives = edition.components.filter((c) => c.requirement === "elective");
    console.log(
      `  ${t.edition(edition, mandatory.length, electives.length, sum(edition.components), sum(mandatory))}`,
    );
    const formats = new Map<string, number>();
    for (const c of edition.components) formats.set(c.format, (formats.get(c.format) ?? 0) + 1);
    console.log(
      `    ${t.formats}: ${[...formats].map(([f, count]) => `${t.formatNames[f as Component["format"]]} ${count}`).join(", ")}`,
    );
  }

  const participants = validateParticipants(exampleParticipants, programme);
  const count = participants.ok ? participants.value.length : 0;
  const diagnostics = participants.ok ? participants.warnings : participants.diagnostics;
  console.log(`\n${t.participants(count, diagnostics.length)}`);
  printDiagnostics(diagnostics);

  // A draft with typical mistakes, made with the editing helpers a policy author would use.
  const draft = editProgramme(programme, (d) => {
    d.policy.cap = 12;
    d.themes.push({ id: "makerspace", name: "Makerspace" });
    const first = d.editions[0]?.components[0];
    if (first !== undefined) first.theme = "leesbevordring";
    d.editions.push({ year: 2028, components: [] });
  });
  console.log(`\n${t.draft}`);
  printDiagnostics(draft.ok ? draft.warnings : draft.diagnostics);

  if (participants.ok) {
    showStatements(programme, participants.value);
    printPlanDemo(programme, participants.value, AS_OF, locale);
  }
}

function heading(text: string) {
  console.log(`\n${text}\n${"-".repeat(text.length)}`);
}

function showStatements(programme: Programme, participants: readonly Participant[]) {
  const prepared = prepareProgramme(programme);
  heading(t.statements);
  const statements = participants.map((p) => computeStatement(prepared, p, AS_OF));
  for (const s of statements) {
    console.log(
      `  ${t.row(s.participantName ?? s.participant, s.totals.counted, s.totals.target, statementStatusText(s.status, locale), s.mandatory.outstanding)}`,
    );
  }
  for (const s of statements) {
    if (!explainAll && !FEATURED.includes(s.participant)) continue;
    console.log("");
    console.log(explainStatement(s, locale).replace(/^/gm, "  "));
  }
  if (!explainAll) console.log(`\n  ${t.more}`);

  const report = organisationReport(prepared, participants, AS_OF);
  heading(t.report);
  console.log(
    `  ${t.statusCounts(report.status.complete, report.status["on-track"], report.status.behind)}`,
  );
  console.log(`  ${t.mandatoryRate}:`);
  for (const m of report.mandatory) {
    console.log(
      `    ${String(Math.round(m.rate * 100)).padStart(3)}%  ${m.title} (${m.completed} ${locale === "nl" ? "van" : "of"} ${m.required})`,
    );
  }
  console.log(`  ${t.trainingReturn}:`);
  for (const r of report.trainingReturn) {
    const mean = (x: number | null) =>
      x === null ? "–" : locale === "nl" ? x.toFixed(1).replace(".", ",") : x.toFixed(1);
    console.log(
      `    ${mean(r.participantScore.mean)} / ${mean(r.effectScore.mean)}  ${r.title} (${
        locale === "nl"
          ? n(r.evaluations, "evaluatie", "evaluaties")
          : n(r.evaluations, "evaluation", "evaluations")
      })`,
    );
  }

  // The documents people print: the statement and plan of one featured participant, and the
  // report page, written to a new temporary folder (examples/document-files.ts).
  heading(t.documents);
  const featured = participants.find((p) => p.id === "p-sanne");
  if (featured !== undefined) {
    const statement = computeStatement(prepared, featured, AS_OF);
    const plan = planToTarget(prepared, featured, AS_OF);
    const html = statementDocument(programme, statement, plan, { locale });
    const path = writeDocument("sterrenoverzicht.html", html);
    console.log(`  ${t.statementHtml(featured.name ?? featured.id)}: ${path}`);
  }
  const reportPath = writeDocument(
    "organisatierapport.html",
    reportDocument(programme, report, { locale }),
  );
  console.log(`  ${t.reportHtml}: ${reportPath}`);
}

const kofferTitle =
  locale === "nl" ? "De koffer: een voorbeeldronde" : "The koffer: an example round";
console.log(`\n\n${kofferTitle}\n${"=".repeat(kofferTitle.length)}`);
printKofferDemo(locale);
// The first round as a chart (SVG), into the same folder as the documents above.
const chartPath = writeDocument("koffer-punten.svg", kofferDemoChart(locale));
console.log(
  `\n${locale === "nl" ? "Grafiek van de koffer (SVG)" : "Koffer chart (SVG)"}: ${chartPath}`,
);
