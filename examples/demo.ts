/**
 * `npm run demo` — the main job on the shipped example programme: validate it, summarise it, show
 * what validation says about a flawed draft, compute every participant's star statement and the
 * organisation report. Dutch by default; `--lang en` for English; `--all` explains every statement.
 */
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
  organisationReport,
  type Participant,
  type Programme,
  type ProgrammeDiagnostic,
  prepareProgramme,
  validateParticipants,
  validateProgramme,
} from "../src/index.js";
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

const t = {
  nl: {
    title: "sterrenprogramma — demo op het meegeleverde voorbeeldprogramma",
    validating: "Programma valideren",
    valid: (w: number) => `geldig, ${w} waarschuwing(en)`,
    invalid: (n: number) => `ONGELDIG, ${n} probleem/problemen`,
    policy: "Beleid",
    policyLine: (p: Programme["policy"]) =>
      `periodes van ${p.window.years} jaar (${p.window.kind}) vanaf ${p.startYear}; doel ${p.target} sterren, maximum ${p.cap ?? "geen"}; bonus ${p.bonus.stars} ster per thema per jaar voor ${p.bonus.roles.join(" en ")}`,
    catalogue: (p: Programme) =>
      `${p.themes.length} thema's, ${p.learningLines.length} leerlijnen, ${p.spearheads.length} speerpunten, ${p.groups.length} groepen`,
    edition: (e: Edition, m: number, el: number, stars: number, mandatory: number) =>
      `editie ${e.year}: ${e.components.length} onderdelen (${m} verplicht, ${el} vrije keuze), samen ${stars} sterren, waarvan ${mandatory} verplicht`,
    formats: "vormen",
    participants: (n: number, w: number) => `${n} medewerkers gevalideerd, ${w} waarschuwing(en)`,
    draft: "Een conceptprogramma met fouten: alle problemen tegelijk",
    none: "geen meldingen",
    statements: `Sterrenoverzichten op ${AS_OF}`,
    row: (id: string, counted: number, target: number, status: string, open: number) =>
      `${id.padEnd(10)} ${String(counted).padStart(2)}/${target} sterren  ${status.padEnd(9)} ${open} verplicht onderdeel/onderdelen open`,
    more: "Alle overzichten uitgelegd: npm run demo -- --all",
    report: `Organisatierapport op ${AS_OF}`,
    statusCounts: (c: number, o: number, b: number) => `${c} klaar, ${o} op schema, ${b} achter`,
    mandatoryRate: "Verplichte onderdelen, afgerond",
    trainingReturn: "Trainingsrendement (gemiddelde score deelnemer / effect)",
  },
  en: {
    title: "sterrenprogramma — demo on the shipped example programme",
    validating: "Validating the programme",
    valid: (w: number) => `valid, ${w} warning(s)`,
    invalid: (n: number) => `INVALID, ${n} problem(s)`,
    policy: "Policy",
    policyLine: (p: Programme["policy"]) =>
      `${p.window.years}-year windows (${p.window.kind}) from ${p.startYear}; target ${p.target} stars, cap ${p.cap ?? "none"}; bonus ${p.bonus.stars} star per theme per year for ${p.bonus.roles.join(" and ")}`,
    catalogue: (p: Programme) =>
      `${p.themes.length} themes, ${p.learningLines.length} learning lines, ${p.spearheads.length} spearheads, ${p.groups.length} groups`,
    edition: (e: Edition, m: number, el: number, stars: number, mandatory: number) =>
      `edition ${e.year}: ${e.components.length} components (${m} mandatory, ${el} elective), ${stars} stars in all, ${mandatory} of them mandatory`,
    formats: "formats",
    participants: (n: number, w: number) => `${n} participants validated, ${w} warning(s)`,
    draft: "A flawed draft programme: every problem at once",
    none: "no diagnostics",
    statements: `Star statements at ${AS_OF}`,
    row: (id: string, counted: number, target: number, status: string, open: number) =>
      `${id.padEnd(10)} ${String(counted).padStart(2)}/${target} stars  ${status.padEnd(9)} ${open} mandatory component(s) open`,
    more: "Every statement explained: npm run demo -- --all",
    report: `Organisation report at ${AS_OF}`,
    statusCounts: (c: number, o: number, b: number) => `${c} complete, ${o} on track, ${b} behind`,
    mandatoryRate: "Mandatory components, completed",
    trainingReturn: "Training return (mean participant score / effect)",
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
    console.log(`    ${t.formats}: ${[...formats].map(([f, n]) => `${f} ${n}`).join(", ")}`);
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
      `  ${t.row(s.participant, s.totals.counted, s.totals.target, s.status, s.mandatory.outstanding)}`,
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
      `    ${String(Math.round(m.rate * 100)).padStart(3)}%  ${m.title} (${m.completed}/${m.required})`,
    );
  }
  console.log(`  ${t.trainingReturn}:`);
  for (const r of report.trainingReturn) {
    const mean = (x: number | null) => (x === null ? "–" : x.toFixed(1));
    console.log(
      `    ${mean(r.participantScore.mean)} / ${mean(r.effectScore.mean)}  ${r.title} (n=${r.evaluations})`,
    );
  }
}

const kofferTitle =
  locale === "nl" ? "De koffer: een voorbeeldronde" : "The koffer: an example round";
console.log(`\n\n${kofferTitle}\n${"=".repeat(kofferTitle.length)}`);
printKofferDemo(locale);
