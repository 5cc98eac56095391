import type * as z from "zod/mini";
import type { FORMAT_VERSION } from "../format-version.js";
import type { componentFormats, requirements } from "./schema/component.js";
import type { approvalStatuses, developmentPointKinds } from "./schema/participant.js";
import type { bonusGranularities, roleKinds, windowKinds } from "./schema/policy.js";
import type { componentSchema, participantSchema, programmeSchema } from "./schema/schemas.js";

/*
 * The types of validated data are written out as named interfaces, not inferred from the zod
 * schemas (`z.output<…>`), so that editors, the .d.ts files and the API reference show a name and
 * documented fields instead of a long anonymous object type. test/types.test-d.ts holds each one
 * identical, both ways, to `DeepReadonly<z.output<…>>` of its schema, so they cannot drift apart
 * (docs/decisions.md, "zod/mini").
 */

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
 * A validated programme, with every default filled in (rules A1). Get one from
 * `validateProgramme` or `parseProgramme`; never build it by hand.
 *
 * @example
 * const programme: Programme = parseProgramme(JSON.parse(text));
 * programme.policy.cap; //=> 15 (the target, unless the policy says otherwise)
 */
export interface Programme {
  /** The JSON Schema the file named, if any; not read. */
  readonly $schema?: string | undefined;
  /** The data format's version (`FORMAT_VERSION`). */
  readonly formatVersion: typeof FORMAT_VERSION;
  /** The programme's id. */
  readonly id: string;
  /** The programme's name, e.g. the library's. */
  readonly name: string;
  /** A description for people. */
  readonly description?: string | undefined;
  /** The star themes (sterrenthema's). */
  readonly themes: readonly Theme[];
  /** The learning lines (leerlijnen). */
  readonly learningLines: readonly LearningLine[];
  /** The spearheads (speerpunten). */
  readonly spearheads: readonly Spearhead[];
  /** The participant groups components can be meant for. */
  readonly groups: readonly Group[];
  /** The rules, with every default resolved. */
  readonly policy: StarPolicy;
  /** The catalogue per calendar year: at least one edition. */
  readonly editions: readonly Edition[];
}

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
export interface ProgrammeInput extends z.input<typeof programmeSchema> {}

/**
 * The programme's policy with every default resolved (rules A3–A6).
 *
 * @example
 * const policy: StarPolicy = { ...defaultPolicy, target: 12, cap: 12 };
 */
export interface StarPolicy {
  /** The first year of the first window (the first edition's year unless the policy sets it). */
  readonly startYear: number;
  /** How windows are laid (rules A6). */
  readonly window: {
    /** fixed: consecutive windows from `startYear`; rolling: the window ends on the as-of date; participant: anchored at the participant's start date. */
    readonly kind: (typeof windowKinds)[number];
    /** The window's length in years (1–10). */
    readonly years: number;
    /** Rolling windows: counted stars that leave the window within this many days are shown as expiring (rules A8). */
    readonly noticeDays: number;
  };
  /** The stars to earn per window. */
  readonly target: number;
  /** The most stars counted per window, or null for no cap (the target unless the policy says otherwise). */
  readonly cap: number | null;
  /** The most surplus stars carried into the next window (0 = none). */
  readonly carryOver: number;
  /** Whether the target is lowered for a participant who starts inside a window. */
  readonly proRate: boolean;
  /** When a mandatory component is due: by the end of its edition's year or of the window. */
  readonly mandatoryDue: "edition-end" | "window-end";
  /** Mandatory components (rules A3). */
  readonly mandatory: {
    /** A new starter's obligations are due no earlier than this many days after the start date. */
    readonly starterGraceDays: number;
  };
  /** Optional rules on elective components, null where off (rules A4). */
  readonly electives: {
    /** The fewest elective components to complete per window. */
    readonly minCount: number | null;
    /** The most elective components counted per window. */
    readonly maxCount: number | null;
    /** The most stars from electives counted per window. */
    readonly maxStars: number | null;
    /** Whether every learning line must be covered at least once per window. */
    readonly coverEveryLearningLine: boolean;
  };
  /** The bonus star for trainers and kartrekkers (rules A5). */
  readonly bonus: {
    /** The stars a bonus is worth. */
    readonly stars: number;
    /** The roles that earn it. */
    readonly roles: readonly RoleKind[];
    /** Over what a bonus is counted once. */
    readonly per: (typeof bonusGranularities)[number];
    /** The most bonus stars per window, or null for no limit. */
    readonly maxPerWindow: number | null;
  };
  /** The fewest stars to earn in every year of a window, or null for no minimum. */
  readonly minimumPerYear: number | null;
  /** Caps on the stars of one category (rules A6). */
  readonly categoryCaps: readonly CategoryCap[];
  /** pro-rata: approved exemptions lower the target pro rata. */
  readonly exemptions: "ignore" | "pro-rata";
}

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
export interface Edition {
  /** The calendar year. */
  readonly year: number;
  /** A name for people, e.g. "Sterrenprogramma 2026". */
  readonly name?: string | undefined;
  /** The components offered this year. */
  readonly components: readonly Component[];
}
/**
 * One offering of an edition (onderdeel).
 *
 * @example
 * const mandatory: Component[] = edition.components.filter((c) => c.requirement === "mandatory");
 */
export interface Component {
  /** The component's id, the same in every edition that offers it. */
  readonly id: string;
  readonly title: string;
  readonly description?: string | undefined;
  /** The stars a completion earns: 1, 2 or 3 (rules A2). */
  readonly stars: 1 | 2 | 3;
  readonly requirement: Requirement;
  /** The star theme it belongs to, if any. */
  readonly theme?: string | undefined;
  /** The learning lines it belongs to. */
  readonly learningLines: readonly string[];
  /** The spearheads it serves. */
  readonly spearheads: readonly string[];
  readonly format: ComponentFormat;
  /** Its length in hours, if known. */
  readonly hours?: number | undefined;
  /** The groups it applies to; empty means everyone (rules A7). */
  readonly audience: readonly string[];
  /** A yearly refresher that counts again in every edition (rules A3, A7). */
  readonly repeatable: boolean;
}
/**
 * A component as written: defaults may be left out.
 *
 * @example
 * const c: ComponentInput = { id: "podcast", title: "Podcast maken", stars: 2, requirement: "elective", format: "classroom" };
 */
export interface ComponentInput extends z.input<typeof componentSchema> {}
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
export interface Theme {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
}
/**
 * A learning line (leerlijn).
 *
 * @example
 * const line: LearningLine = { id: "vakkennis", name: "Vakkennis" };
 */
export interface LearningLine {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
}
/**
 * A spearhead (speerpunt).
 *
 * @example
 * const spearhead: Spearhead = { id: "mediawijsheid", name: "Mediawijsheid" };
 */
export interface Spearhead {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
}
/**
 * A participant group.
 *
 * @example
 * const group: Group = { id: "frontoffice", name: "Frontoffice" };
 */
export interface Group {
  readonly id: string;
  readonly name: string;
  readonly description?: string | undefined;
}
/**
 * A cap on one category of stars (rules A6): the stars of one format, of one learning line, or
 * the bonus stars.
 *
 * @example
 * const informal: CategoryCap = { kind: "format", format: "informal", maxStars: 5 };
 */
export type CategoryCap =
  | { readonly kind: "format"; readonly format: ComponentFormat; readonly maxStars: number }
  | { readonly kind: "learning-line"; readonly learningLine: string; readonly maxStars: number }
  | { readonly kind: "bonus"; readonly maxStars: number };
/**
 * A validated participant, with every default filled in.
 *
 * @example
 * const participant: Participant = parseParticipant(json, programme);
 * participant.completions.length;
 */
export interface Participant {
  /** The JSON Schema the file named, if any; not read. */
  readonly $schema?: string | undefined;
  /** The data format's version, when the file gives it. */
  readonly formatVersion?: typeof FORMAT_VERSION | undefined;
  /** The participant's id, e.g. a personnel number. */
  readonly id: string;
  readonly name?: string | undefined;
  /** The groups the participant belongs to (for components meant for some groups). */
  readonly groups: readonly string[];
  /** The start date of a new starter (rules A3, A6). */
  readonly startDate?: string | undefined;
  readonly completions: readonly Completion[];
  /** Trainer and kartrekker roles (rules A5). */
  readonly roles: readonly Role[];
  /** Leave and other exemptions (rules A6). */
  readonly exemptions: readonly Exemption[];
  /** Development points from the appraisal cycle. */
  readonly developmentPoints: readonly DevelopmentPoint[];
}
/**
 * A participant as written: defaults may be left out.
 *
 * @example
 * const p: ParticipantInput = { id: "p-anouk", completions: [{ component: "bhv-herhaling", date: "2025-03-12" }] };
 */
export interface ParticipantInput extends z.input<typeof participantSchema> {}
/**
 * A completion of a component on a calendar date.
 *
 * @example
 * const done: Completion = { component: "bhv-herhaling", date: "2025-03-12", status: "approved" };
 */
export interface Completion {
  /** The id of the component completed. */
  readonly component: string;
  /** The calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly status: ApprovalStatus;
  readonly evaluation?: Evaluation | undefined;
}
/**
 * A participant's and a manager's evaluation of a completion (trainingsrendement).
 *
 * @example
 * const evaluation: Evaluation = { participantScore: 4, effectScore: 3 };
 */
export interface Evaluation {
  /** The participant's own score of the component, 1–5. */
  readonly participantScore?: number | undefined;
  /** The manager's score of its effect, 1–5. */
  readonly effectScore?: number | undefined;
}
/**
 * A trainer or kartrekker role on a theme in a year (rules A5).
 *
 * @example
 * const role: Role = { theme: "leesbevordering", role: "kartrekker", year: 2026 };
 */
export interface Role {
  /** The id of the star theme. */
  readonly theme: string;
  readonly role: RoleKind;
  /** The calendar year the role was held. */
  readonly year: number;
}
/**
 * The roles that can earn a bonus star.
 *
 * @example
 * const kind: RoleKind = "trainer";
 */
export type RoleKind = (typeof roleKinds)[number];
/**
 * An exemption period (rules A6).
 *
 * @example
 * const leave: Exemption = { from: "2025-05-01", to: "2025-12-31", reason: "Ouderschapsverlof", status: "approved" };
 */
export interface Exemption {
  /** The first day, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last day, `YYYY-MM-DD`. */
  readonly to: string;
  readonly reason: string;
  readonly status: ApprovalStatus;
}
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
export interface DevelopmentPoint {
  /** What the point refers to. */
  readonly kind: (typeof developmentPointKinds)[number];
  /** The id of the theme, learning line or spearhead. */
  readonly id: string;
}
