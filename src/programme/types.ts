import type * as z from "zod";
import type {
  groupSchema,
  learningLineSchema,
  spearheadSchema,
  themeSchema,
} from "./schema/catalogue.js";
import type {
  componentFormats,
  componentSchema,
  editionSchema,
  requirements,
} from "./schema/component.js";
import type {
  approvalStatuses,
  completionSchema,
  developmentPointSchema,
  evaluationSchema,
  exemptionSchema,
  participantSchema,
  roleSchema,
} from "./schema/participant.js";
import type { categoryCapSchema, roleKinds } from "./schema/policy.js";
import type { programmeSchema } from "./schema/programme.js";

/**
 * Makes every property and array of a type readonly, all the way down.
 *
 * @example
 * type Frozen = DeepReadonly<{ ids: string[] }>; // { readonly ids: readonly string[] }
 */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * A validated programme, with every default filled in (SPEC A1). Get one from
 * `validateProgramme` or `parseProgramme`; never build it by hand.
 *
 * @example
 * const programme: Programme = parseProgramme(JSON.parse(text));
 * programme.policy.cap; //=> 15 (the target, unless the policy says otherwise)
 */
export type Programme = DeepReadonly<z.output<typeof programmeSchema>>;
/**
 * A programme as written by a policy author: defaults may be left out.
 *
 * @example
 * const draft = {
 *   formatVersion: 1,
 *   id: "mijn-bieb",
 *   name: "Mijn bibliotheek",
 *   editions: [{ year: 2025, components: [] }],
 * } satisfies ProgrammeInput;
 */
export type ProgrammeInput = z.input<typeof programmeSchema>;
/**
 * The programme's policy with every default resolved (SPEC A3–A6).
 *
 * @example
 * const policy: StarPolicy = { ...defaultPolicy, target: 12, cap: 12 };
 */
export type StarPolicy = Programme["policy"];

/**
 * What laying windows needs of a policy: the start year and the window's kind and length (not the
 * notice period of expiring stars).
 *
 * @example
 * const layout: WindowLayout = { startYear: 2025, window: { kind: "fixed", years: 2 } };
 */
export type WindowLayout = Pick<StarPolicy, "startYear"> & {
  readonly window: Pick<StarPolicy["window"], "kind" | "years">;
};
/**
 * One calendar year's catalogue.
 *
 * @example
 * const edition2026: Edition | undefined = programme.editions.find((e) => e.year === 2026);
 */
export type Edition = DeepReadonly<z.output<typeof editionSchema>>;
/**
 * One offering of an edition (onderdeel).
 *
 * @example
 * const mandatory: Component[] = edition.components.filter((c) => c.requirement === "mandatory");
 */
export type Component = DeepReadonly<z.output<typeof componentSchema>>;
/**
 * A component as written: defaults may be left out.
 *
 * @example
 * const c: ComponentInput = { id: "podcast", title: "Podcast maken", stars: 2, requirement: "elective", format: "classroom" };
 */
export type ComponentInput = z.input<typeof componentSchema>;
/**
 * The form of a component.
 *
 * @example
 * const format: ComponentFormat = "e-learning";
 */
export type ComponentFormat = (typeof componentFormats)[number];
/**
 * Mandatory (verplicht) or elective (vrije keuze).
 *
 * @example
 * const requirement: Requirement = "mandatory";
 */
export type Requirement = (typeof requirements)[number];
/**
 * A star theme (sterrenthema).
 *
 * @example
 * const theme: Theme = { id: "klantgerichtheid", name: "Klantgerichtheid" };
 */
export type Theme = DeepReadonly<z.output<typeof themeSchema>>;
/**
 * A learning line (leerlijn).
 *
 * @example
 * const line: LearningLine = { id: "vakkennis", name: "Vakkennis" };
 */
export type LearningLine = DeepReadonly<z.output<typeof learningLineSchema>>;
/**
 * A spearhead (speerpunt).
 *
 * @example
 * const spearhead: Spearhead = { id: "mediawijsheid", name: "Mediawijsheid" };
 */
export type Spearhead = DeepReadonly<z.output<typeof spearheadSchema>>;
/**
 * A participant group.
 *
 * @example
 * const group: Group = { id: "frontoffice", name: "Frontoffice" };
 */
export type Group = DeepReadonly<z.output<typeof groupSchema>>;
/**
 * A cap on one category of stars (SPEC A6).
 *
 * @example
 * const informal: CategoryCap = { kind: "format", format: "informal", maxStars: 5 };
 */
export type CategoryCap = DeepReadonly<z.output<typeof categoryCapSchema>>;
/**
 * A validated participant, with every default filled in.
 *
 * @example
 * const participant: Participant = parseParticipant(json, programme);
 * participant.completions.length;
 */
export type Participant = DeepReadonly<z.output<typeof participantSchema>>;
/**
 * A participant as written: defaults may be left out.
 *
 * @example
 * const p: ParticipantInput = { id: "p-anouk", completions: [{ component: "bhv-herhaling", date: "2025-03-12" }] };
 */
export type ParticipantInput = z.input<typeof participantSchema>;
/**
 * A completion of a component on a calendar date.
 *
 * @example
 * const done: Completion = { component: "bhv-herhaling", date: "2025-03-12", status: "approved" };
 */
export type Completion = DeepReadonly<z.output<typeof completionSchema>>;
/**
 * A participant's and a manager's evaluation of a completion (trainingsrendement).
 *
 * @example
 * const evaluation: Evaluation = { participantScore: 4, effectScore: 3 };
 */
export type Evaluation = DeepReadonly<z.output<typeof evaluationSchema>>;
/**
 * A trainer or kartrekker role on a theme in a year (SPEC A5).
 *
 * @example
 * const role: Role = { theme: "leesbevordering", role: "kartrekker", year: 2026 };
 */
export type Role = DeepReadonly<z.output<typeof roleSchema>>;
/**
 * The roles that can earn a bonus star.
 *
 * @example
 * const kind: RoleKind = "trainer";
 */
export type RoleKind = (typeof roleKinds)[number];
/**
 * An exemption period (SPEC A6).
 *
 * @example
 * const leave: Exemption = { from: "2025-05-01", to: "2025-12-31", reason: "Ouderschapsverlof", status: "approved" };
 */
export type Exemption = DeepReadonly<z.output<typeof exemptionSchema>>;
/**
 * The status of a completion or an exemption.
 *
 * @example
 * const status: ApprovalStatus = "pending";
 */
export type ApprovalStatus = (typeof approvalStatuses)[number];
/**
 * A development point (aandachtspunt) from the appraisal cycle (gesprekkencyclus).
 *
 * @example
 * const point: DevelopmentPoint = { kind: "spearhead", id: "mediawijsheid" };
 */
export type DevelopmentPoint = DeepReadonly<z.output<typeof developmentPointSchema>>;
