import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { XapiImport } from "../../src/import/xapi.js";

/** The LRS page of test/fixtures/xapi-lrs-page.json, freshly parsed. */
export function lrsPage(): { statements: Record<string, unknown>[]; more: string } {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, "..", "fixtures", "xapi-lrs-page.json"), "utf8"),
  );
}

export const home = "https://leren.bibliotheek-voorbeeldstad.nl";
export const activity = (slug: string) => `${home}/xapi/activities/${slug}`;

/** The fixture's component mapping: five activities of the example programme. */
export const fixtureComponents = {
  [activity("bhv-herhaling-2026")]: "bhv-herhaling",
  [activity("privacy-en-avg")]: "privacy-en-avg",
  [activity("mediawijsheid-nepnieuws")]: "mediawijsheid-nepnieuws",
  [activity("coachend-leidinggeven")]: "coachend-leidinggeven",
  [activity("sociaal-domein-e-learning")]: "sociaal-domein-e-learning",
};

/** The fixture's participant mapping, in each key form (and not in the statements' case). */
export const fixtureParticipants = {
  "anouk.devries@bibliotheek-voorbeeldstad.nl": "p-anouk",
  [`account:${home}|10482`]: "p-daan",
  "mailto:Sanne.Jansen@bibliotheek-voorbeeldstad.nl": "p-sanne",
  "mbox_sha1sum:4F1C9D6E0B8A7E2F3C5D1A9B8E7F6A5B4C3D2E1F": "p-fatima",
};

export const verb = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

/** A minimal completed statement; `over` replaces fields (a field set to undefined is removed). */
export function statement(over: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    actor: { objectType: "Agent", name: "Anouk de Vries", mbox: "mailto:anouk@bieb.nl" },
    verb: { id: verb("completed"), display: { "en-US": "completed" } },
    object: { objectType: "Activity", id: activity("bhv-herhaling-2026") },
    timestamp: "2026-06-30T10:00:00Z",
  };
  const out = { ...base, ...over };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

/** `code@path` of every diagnostic, in the result's order. */
export function codes(result: XapiImport): string[] {
  return result.diagnostics.map((d) => `${d.code}@${d.path.join(".")}`);
}
