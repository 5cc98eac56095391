/**
 * `npm run demo` — the main job on the shipped example programme: validate it, summarise it, and
 * show what validation says about a flawed draft. Dutch by default; `--lang en` for English.
 */
import {
  type Component,
  type Edition,
  editProgramme,
  exampleParticipants,
  exampleProgramme,
  formatDiagnostic,
  type Locale,
  type Programme,
  type ProgrammeDiagnostic,
  validateParticipants,
  validateProgramme,
} from "../src/index.js";

const args = process.argv.slice(2);
const langArg =
  args.find((a) => a.startsWith("--lang="))?.slice(7) ?? args[args.indexOf("--lang") + 1];
const locale: Locale = langArg === "en" || args.includes("--en") ? "en" : "nl";

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
}
