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

/** Makes every property and array of a type readonly, all the way down. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A validated programme, with every default filled in (SPEC A1). */
export type Programme = DeepReadonly<z.output<typeof programmeSchema>>;
/** A programme as written by a policy author: defaults may be left out. */
export type ProgrammeInput = z.input<typeof programmeSchema>;
/** The programme's policy with every default resolved (SPEC A3–A6). */
export type StarPolicy = Programme["policy"];
/** One calendar year's catalogue. */
export type Edition = DeepReadonly<z.output<typeof editionSchema>>;
/** One offering of an edition (onderdeel). */
export type Component = DeepReadonly<z.output<typeof componentSchema>>;
/** A component as written: defaults may be left out. */
export type ComponentInput = z.input<typeof componentSchema>;
/** The form of a component. */
export type ComponentFormat = (typeof componentFormats)[number];
/** Mandatory (verplicht) or elective (vrije keuze). */
export type Requirement = (typeof requirements)[number];
/** A star theme. */
export type Theme = DeepReadonly<z.output<typeof themeSchema>>;
/** A learning line (leerlijn). */
export type LearningLine = DeepReadonly<z.output<typeof learningLineSchema>>;
/** A spearhead (speerpunt). */
export type Spearhead = DeepReadonly<z.output<typeof spearheadSchema>>;
/** A participant group. */
export type Group = DeepReadonly<z.output<typeof groupSchema>>;
/** A cap on one category of stars. */
export type CategoryCap = DeepReadonly<z.output<typeof categoryCapSchema>>;
/** A validated participant, with every default filled in. */
export type Participant = DeepReadonly<z.output<typeof participantSchema>>;
/** A participant as written: defaults may be left out. */
export type ParticipantInput = z.input<typeof participantSchema>;
/** A completion of a component. */
export type Completion = DeepReadonly<z.output<typeof completionSchema>>;
/** A participant's and a manager's evaluation of a completion. */
export type Evaluation = DeepReadonly<z.output<typeof evaluationSchema>>;
/** A trainer or kartrekker role. */
export type Role = DeepReadonly<z.output<typeof roleSchema>>;
/** trainer | kartrekker. */
export type RoleKind = (typeof roleKinds)[number];
/** An exemption period. */
export type Exemption = DeepReadonly<z.output<typeof exemptionSchema>>;
/** approved | pending | rejected. */
export type ApprovalStatus = (typeof approvalStatuses)[number];
/** A development point from the appraisal cycle. */
export type DevelopmentPoint = DeepReadonly<z.output<typeof developmentPointSchema>>;
