import { deepFreeze } from "../internal/deep-freeze.js";
import type { DeepReadonly, ParticipantInput } from "../programme/types.js";

/**
 * Fictional EXAMPLE participants of `exampleProgramme` (Bibliotheek Voorbeeldstad): six staff
 * members who do not exist, with completions in 2025 and 2026. They are chosen so that a star
 * statement at 2026-06-30 shows the rules at work:
 *
 * - `p-anouk` (frontoffice) has reached 15: a 3-star component arrives at 14 and counts 1, and a
 *   later completion is over the cap; she is kartrekker of klantgerichtheid in 2025 and 2026.
 * - `p-daan` (backoffice) is on track, with every mandatory component done, a component whose
 *   stars rose in 2026 (intervisie) and a pending completion.
 * - `p-sanne` (frontoffice) is behind, with outstanding and overdue mandatory components, a
 *   rejected completion, a pending one, a late one, a component done in 2025 that is only in the
 *   2026 edition, and development points to plan with.
 * - `p-fatima` (educatie) is trainer in 2025 and both trainer and kartrekker of leesbevordering
 *   in 2026 (still one bonus star that year), and repeats a non-repeatable component (a duplicate).
 * - `p-joost` (management) started on 2025-09-01, inside the window.
 * - `p-lotte` (frontoffice) has an approved exemption for parental leave.
 *
 * They validate against the example programme without errors or warnings.
 *
 * @example
 * import { exampleParticipants, exampleProgramme, parseProgramme, validateParticipants } from "sterrenprogramma";
 *
 * const programme = parseProgramme(exampleProgramme);
 * const result = validateParticipants(exampleParticipants, programme);
 * if (result.ok) console.log(result.value.map((p) => p.id)); // ["p-anouk", "p-daan", …]
 */
export const exampleParticipants: DeepReadonly<ParticipantInput[]> = /* @__PURE__ */ deepFreeze([
  {
    id: "p-anouk",
    name: "Anouk Jansen",
    groups: ["frontoffice"],
    completions: [
      {
        component: "privacy-en-avg",
        date: "2025-02-04",
        evaluation: { participantScore: 4 },
      },
      { component: "bhv-herhaling", date: "2025-03-12" },
      {
        component: "gastvrij-aan-de-balie",
        date: "2025-04-15",
        evaluation: { participantScore: 5, effectScore: 4 },
      },
      { component: "overstap-bibliotheeksysteem", date: "2025-05-20" },
      { component: "mediawijsheid-nepnieuws", date: "2025-10-07" },
      {
        component: "publieksservice-educatieve-bibliotheek",
        date: "2025-11-27",
        evaluation: { participantScore: 5, effectScore: 5 },
      },
      { component: "intervisie", date: "2025-12-09" },
      { component: "bhv-herhaling", date: "2026-03-10" },
      {
        component: "digitaal-hulpplein",
        date: "2026-05-19",
        evaluation: { participantScore: 4 },
      },
      { component: "kenniscarrousel-voorjaar", date: "2026-06-02" },
    ],
    roles: [
      { theme: "klantgerichtheid", role: "kartrekker", year: 2025 },
      { theme: "klantgerichtheid", role: "kartrekker", year: 2026 },
    ],
    developmentPoints: [{ kind: "learning-line", id: "ondernemerschap" }],
  },
  {
    id: "p-daan",
    name: "Daan de Vries",
    groups: ["backoffice"],
    completions: [
      {
        component: "overstap-bibliotheeksysteem",
        date: "2025-01-28",
        evaluation: { participantScore: 4, effectScore: 4 },
      },
      { component: "bhv-herhaling", date: "2025-03-12" },
      {
        component: "collectievorming-leesbevordering",
        date: "2025-04-08",
        evaluation: { participantScore: 3 },
      },
      { component: "kenniscarrousel-voorjaar", date: "2025-06-10" },
      { component: "privacy-en-avg", date: "2025-09-23" },
      { component: "kenniscarrousel-najaar", date: "2025-11-18" },
      { component: "mediawijsheid-nepnieuws", date: "2026-01-15" },
      { component: "bhv-herhaling", date: "2026-03-10" },
      {
        component: "intervisie",
        date: "2026-04-21",
        evaluation: { participantScore: 4 },
      },
      { component: "kenniscarrousel-voorjaar", date: "2026-06-09" },
      { component: "sociaal-domein-e-learning", date: "2026-06-16", status: "pending" },
    ],
    developmentPoints: [{ kind: "theme", id: "sociaal-domein" }],
  },
  {
    id: "p-sanne",
    name: "Sanne Bakker",
    groups: ["frontoffice"],
    completions: [
      { component: "bhv-herhaling", date: "2025-03-12" },
      {
        component: "kenniscarrousel-voorjaar",
        date: "2025-06-10",
        evaluation: { participantScore: 3 },
      },
      { component: "laaggeletterdheid-herkennen", date: "2025-10-14", status: "rejected" },
      { component: "digitaal-hulpplein", date: "2025-11-04" },
      {
        component: "gastvrij-aan-de-balie",
        date: "2026-02-10",
        evaluation: { participantScore: 4, effectScore: 3 },
      },
      { component: "privacy-en-avg", date: "2026-06-23", status: "pending" },
    ],
    developmentPoints: [
      { kind: "theme", id: "taalhuis" },
      { kind: "spearhead", id: "klantgerichtheid" },
      { kind: "learning-line", id: "ondernemerschap" },
    ],
  },
  {
    id: "p-fatima",
    name: "Fatima El Amrani",
    groups: ["educatie"],
    completions: [
      {
        component: "boekstart-in-de-praktijk",
        date: "2025-02-18",
        evaluation: { participantScore: 5, effectScore: 4 },
      },
      { component: "bhv-herhaling", date: "2025-03-12" },
      {
        component: "sociaal-domein-e-learning",
        date: "2025-05-13",
        evaluation: { participantScore: 4 },
      },
      { component: "kenniscarrousel-voorjaar", date: "2025-06-10" },
      { component: "privacy-en-avg", date: "2025-09-23" },
      { component: "mediawijsheid-nepnieuws", date: "2026-01-15" },
      { component: "bhv-herhaling", date: "2026-03-10" },
      { component: "sociaal-domein-e-learning", date: "2026-04-14" },
      {
        component: "taalcafe-meedraaien",
        date: "2026-05-26",
        evaluation: { participantScore: 5 },
      },
    ],
    roles: [
      { theme: "leesbevordering", role: "trainer", year: 2025 },
      { theme: "leesbevordering", role: "trainer", year: 2026 },
      { theme: "leesbevordering", role: "kartrekker", year: 2026 },
    ],
    developmentPoints: [{ kind: "spearhead", id: "laaggeletterdheid" }],
  },
  {
    id: "p-joost",
    name: "Joost Visser",
    groups: ["management"],
    startDate: "2025-09-01",
    completions: [
      { component: "privacy-en-avg", date: "2025-09-15" },
      { component: "bhv-herhaling", date: "2025-10-21" },
      { component: "kenniscarrousel-najaar", date: "2025-11-18" },
      {
        component: "coachend-leidinggeven",
        date: "2025-11-25",
        evaluation: { participantScore: 4, effectScore: 4 },
      },
      { component: "mediawijsheid-nepnieuws", date: "2026-01-15" },
      { component: "bhv-herhaling", date: "2026-03-10" },
      {
        component: "intervisie",
        date: "2026-04-21",
        evaluation: { participantScore: 5 },
      },
      { component: "klantgerichtheid-werkoverleg", date: "2026-05-12" },
    ],
    developmentPoints: [{ kind: "learning-line", id: "samenwerken" }],
  },
  {
    id: "p-lotte",
    name: "Lotte Mulder",
    groups: ["frontoffice"],
    completions: [
      { component: "privacy-en-avg", date: "2025-02-04" },
      { component: "bhv-herhaling", date: "2025-03-12" },
      {
        component: "gastvrij-aan-de-balie",
        date: "2025-04-15",
        evaluation: { participantScore: 4 },
      },
      { component: "mediawijsheid-nepnieuws", date: "2026-01-15" },
      { component: "bhv-herhaling", date: "2026-03-10" },
      {
        component: "publieksservice-educatieve-bibliotheek",
        date: "2026-03-26",
        evaluation: { participantScore: 4, effectScore: 4 },
      },
      { component: "kenniscarrousel-voorjaar", date: "2026-06-09" },
    ],
    exemptions: [
      { from: "2025-05-01", to: "2025-12-31", reason: "Ouderschapsverlof", status: "approved" },
    ],
  },
]);
