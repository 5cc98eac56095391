/**
 * A policy author's session: validate a programme design from JSON, read every diagnostic in Dutch
 * and English, fix the draft with the editing helpers and start next year's edition. Each helper
 * returns a new, validated programme; the one passed in is never changed.
 */
import {
  addComponent,
  exampleProgramme,
  formatDiagnostic,
  type ProgrammeDiagnostic,
  setComponentStars,
  startNextEdition,
  validateProgramme,
} from "sterrenprogramma";

/** "1 row", "2 rows": the English plural, written out (these examples print English). */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function report(title: string, diagnostics: readonly ProgrammeDiagnostic[]) {
  console.log(`${title}: ${plural(diagnostics.length, "diagnostic")}`);
  for (const d of diagnostics) {
    console.log(`  ${formatDiagnostic(d, "en")}`);
    console.log(`  ${formatDiagnostic(d, "nl")}`);
  }
}

// 1. A draft as it might arrive from an editor: JSON text, sound in shape but with three mistakes
// of meaning. (A shape error, such as 4 stars or a missing field, would be reported beside them,
// in the same run; a misspelt theme names the one it probably means.)
const draftText = JSON.stringify({
  formatVersion: 1,
  id: "mijn-bieb",
  name: "Sterrenprogramma Mijn Bibliotheek",
  themes: [{ id: "klantgerichtheid", name: "Klantgerichtheid" }],
  policy: { target: 15, cap: 12 }, // a cap below the target
  editions: [
    {
      year: 2025,
      components: [
        {
          id: "balie",
          title: "Gastvrij aan de balie",
          stars: 3,
          requirement: "mandatory",
          format: "classroom",
          theme: "klantgerichtheit",
        }, // a theme that does not exist: "Did you mean "klantgerichtheid"?"
        {
          id: "balie",
          title: "Balie, deel 2",
          stars: 2,
          requirement: "elective",
          format: "e-learning",
        }, // an id used twice
      ],
    },
  ],
});
const draft = validateProgramme(JSON.parse(draftText)); // never throws, reports everything at once
report("draft", draft.ok ? draft.warnings : draft.diagnostics);
// Every diagnostic is data too: a stable code, a severity and a path into the input.
if (!draft.ok) console.log(draft.diagnostics.map((d) => `${d.severity} ${d.code}`).join(", "));

// 2. A sound programme: the shipped example. Edit it the way a policy author would.
const example = validateProgramme(exampleProgramme);
if (!example.ok) throw new Error("the shipped example must be valid");
report("example programme", example.warnings);

const raised = setComponentStars(example.value, 2026, "intervisie", 3);
if (!raised.ok) throw new Error("raising the stars of intervisie should be valid");
const before = example.value.editions
  .find((e) => e.year === 2026)
  ?.components.find((c) => c.id === "intervisie");
const after = raised.value.editions
  .find((e) => e.year === 2026)
  ?.components.find((c) => c.id === "intervisie");
console.log(
  `intervisie in 2026: ${before?.stars} → ${after?.stars} stars (the original is unchanged)`,
);

// A mistake in an edit is caught the same way: a component id that is already taken.
const duplicate = addComponent(raised.value, 2026, {
  id: "intervisie",
  title: "Intervisie (tweede keer)",
  stars: 1,
  requirement: "elective",
  format: "informal",
});
report("adding a duplicate id", duplicate.ok ? duplicate.warnings : duplicate.diagnostics);

// 3. Next year: copy the last edition into 2027 and look at what validation says about it.
const next = startNextEdition(raised.value);
if (next.ok) {
  const years = next.value.editions.map((e) => e.year).join(", ");
  console.log(`editions after startNextEdition: ${years}`);
  report("with the 2027 edition", next.warnings);
} else {
  report("startNextEdition", next.diagnostics);
}
