import { FORMAT_VERSION } from "../../format-version.js";
import { runtimeSchemas } from "../schema/runtime.js";
import { type EditionView, known, type PolicyView, type ProgrammeView, UNSURE } from "./context.js";
import type { ParticipantView } from "./participant.js";

/**
 * Salvage: the sound parts of an input whose shape is not sound, as a view the meaning checks
 * read (context.ts). Each part is parsed with its own schema from the programme's schemas, so a
 * salvaged part means exactly what it would mean in a sound programme (defaults included). Only
 * run when the whole failed; each value is parsed at most once per level it sits at (a handful),
 * so the work is linear in the input, which input-size.ts bounds.
 *
 * The rules, each against a follow-on diagnostic:
 * - a field that fails its schema is unknown, not absent;
 * - an object with a field its schema does not know (maybe a misspelling) has its absent fields
 *   unknown too: `them: "t"` must not make the theme "t" look unused;
 * - a list that breaks a rule of its own (`editions: []`, at least one) is unknown as a whole;
 *   otherwise it keeps its places, an unusable entry leaving a hole;
 * - a programme of another format version is not read at all: its fields may mean other things.
 */

/** One salvaged value: sound as a whole, or partly (then it carries `UNSURE`). */
interface Part {
  readonly value: unknown;
  readonly sound: boolean;
}

type Salvage = (raw: unknown) => Part | undefined;

/** The members of a zod schema salvage uses. */
interface ParseSchema {
  safeParse(value: unknown):
    | { readonly success: true; readonly data: unknown }
    | {
        readonly success: false;
        readonly error: { readonly issues: readonly { readonly path: readonly PropertyKey[] }[] };
      };
}

interface ObjectSchema extends ParseSchema {
  readonly shape: Readonly<Record<string, ParseSchema>>;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value its schema accepts, or nothing. */
const parsed =
  (schema: ParseSchema): Salvage =>
  (raw) => {
    const result = schema.safeParse(raw);
    return result.success ? { value: result.data, sound: true } : undefined;
  };

/** Whether an object has a key its schema does not know. */
function hasUnknownKey(
  raw: Readonly<Record<string, unknown>>,
  shape: ObjectSchema["shape"],
): boolean {
  for (const key of Object.keys(raw)) if (!Object.hasOwn(shape, key)) return true;
  return false;
}

/**
 * The fields of an object one by one. Only the schema's own keys are ever written, so a hostile
 * key (`__proto__`) in the input reaches nothing.
 */
function fields(
  shape: ObjectSchema["shape"],
  raw: Readonly<Record<string, unknown>>,
  special: Readonly<Record<string, Salvage>>,
): Part {
  const open = hasUnknownKey(raw, shape);
  const out: Record<string, unknown> = {};
  const unsure = new Set<string>();
  for (const key of Object.keys(shape)) {
    const has = Object.hasOwn(raw, key);
    if (!has && open) {
      unsure.add(key);
      continue;
    }
    const salvage = (has ? special[key] : undefined) ?? parsed(shape[key] as ParseSchema);
    const part = salvage(has ? raw[key] : undefined);
    if (part === undefined) {
      unsure.add(key);
      continue;
    }
    if (part.value !== undefined) out[key] = part.value;
    if (!part.sound) unsure.add(key);
  }
  Object.defineProperty(out, UNSURE, { value: unsure });
  return { value: out, sound: false };
}

/** An object: sound as a whole, or field by field. */
const objectOf =
  (schema: ObjectSchema, special: Readonly<Record<string, Salvage>> = {}): Salvage =>
  (raw) => {
    const whole = schema.safeParse(raw);
    if (whole.success) return { value: whole.data, sound: true };
    return isRecord(raw) ? fields(schema.shape, raw, special) : undefined;
  };

/** A list: sound as a whole, or entry by entry in its places (unless the list breaks its own rule). */
const listOf =
  (schema: ParseSchema, entry: Salvage): Salvage =>
  (raw) => {
    const whole = schema.safeParse(raw);
    if (whole.success) return { value: whole.data, sound: true };
    if (!Array.isArray(raw) || whole.error.issues.some((i) => i.path.length === 0))
      return undefined;
    const out: unknown[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = entry(raw[i])?.value;
    return { value: out, sound: false };
  };

/** A discriminated union: sound as a whole, or field by field in the option its tag names. */
const unionOf =
  (schema: ParseSchema, discriminator: string, options: readonly ObjectSchema[]): Salvage =>
  (raw) => {
    const whole = schema.safeParse(raw);
    if (whole.success) return { value: whole.data, sound: true };
    if (!isRecord(raw) || !Object.hasOwn(raw, discriminator)) return undefined;
    const tag = raw[discriminator];
    const option = options.find((o) => o.shape[discriminator]?.safeParse(tag).success === true);
    return option === undefined ? undefined : fields(option.shape, raw, {});
  };

const idList = (schema: ParseSchema) => listOf(schema, parsed(runtimeSchemas.idSchema));

/** Whether a document names a format version this library does not read. */
function otherFormatVersion(raw: Readonly<Record<string, unknown>>): boolean {
  return Object.hasOwn(raw, "formatVersion") && raw.formatVersion !== FORMAT_VERSION;
}

/**
 * The sound parts of a programme whose shape is not sound, or undefined when nothing can be read
 * (not an object, or another format version).
 */
export function salvageProgramme(input: unknown): ProgrammeView | undefined {
  if (!isRecord(input) || otherFormatVersion(input)) return undefined;
  const {
    bonusPolicySchema,
    categoryCapSchema,
    componentSchema,
    editionSchema,
    electivePolicySchema,
    groupSchema,
    learningLineSchema,
    mandatoryPolicySchema,
    policySchema,
    programmeShape,
    spearheadSchema,
    themeSchema,
    windowPolicySchema,
  } = runtimeSchemas;
  const shape = programmeShape.shape;
  const component = objectOf(componentSchema, {
    learningLines: idList(componentSchema.shape.learningLines),
    spearheads: idList(componentSchema.shape.spearheads),
    audience: idList(componentSchema.shape.audience),
  });
  const edition = objectOf(editionSchema, {
    components: listOf(editionSchema.shape.components, component),
  });
  const policy = objectOf(policySchema, {
    window: objectOf(windowPolicySchema),
    mandatory: objectOf(mandatoryPolicySchema),
    electives: objectOf(electivePolicySchema),
    bonus: objectOf(bonusPolicySchema),
    categoryCaps: listOf(
      policySchema.shape.categoryCaps,
      unionOf(categoryCapSchema, "kind", categoryCapSchema.def.options),
    ),
  });
  const root = fields(shape, input, {
    themes: listOf(shape.themes, objectOf(themeSchema)),
    learningLines: listOf(shape.learningLines, objectOf(learningLineSchema)),
    spearheads: listOf(shape.spearheads, objectOf(spearheadSchema)),
    groups: listOf(shape.groups, objectOf(groupSchema)),
    policy,
    editions: listOf(shape.editions, edition),
  }).value as ProgrammeView;
  const view: Record<string, unknown> = { ...root };
  if (root.policy !== undefined) view.policy = resolvePolicy(root.policy, root.editions);
  Object.defineProperty(view, UNSURE, { value: root[UNSURE] });
  return view as ProgrammeView;
}

/**
 * The policy with its start year and cap resolved as `programmeSchema` resolves them: an absent
 * start year is the first edition's year (unknown unless every edition's year is), an absent cap
 * is the target (unknown unless the target is).
 */
function resolvePolicy(
  policy: PolicyView,
  editions: readonly (EditionView | undefined)[] | undefined,
): PolicyView {
  const unsure = new Set(policy[UNSURE]);
  const out: Record<string, unknown> = { ...policy };
  if (policy.startYear === undefined) {
    const first = known(policy, "startYear") ? firstYear(editions) : undefined;
    if (first === undefined) unsure.add("startYear");
    else out.startYear = first;
  }
  if (policy.cap === undefined) {
    if (known(policy, "cap") && policy.target !== undefined) out.cap = policy.target;
    else unsure.add("cap");
  }
  Object.defineProperty(out, UNSURE, { value: unsure });
  return out as PolicyView;
}

/** The first year among the editions, when every edition's year is known. */
function firstYear(editions: readonly (EditionView | undefined)[] | undefined): number | undefined {
  if (editions === undefined || editions.length === 0) return undefined;
  let first = Number.POSITIVE_INFINITY;
  for (const edition of editions) {
    if (edition?.year === undefined) return undefined;
    first = Math.min(first, edition.year);
  }
  return first;
}

/**
 * The sound parts of a participant whose shape is not sound, or undefined when nothing can be
 * read (not an object, or another format version).
 */
export function salvageParticipant(input: unknown): ParticipantView | undefined {
  if (!isRecord(input) || otherFormatVersion(input)) return undefined;
  const {
    completionSchema,
    developmentPointSchema,
    exemptionSchema,
    participantSchema,
    roleSchema,
  } = runtimeSchemas;
  const shape = participantSchema.shape;
  return fields(shape, input, {
    groups: idList(shape.groups),
    completions: listOf(shape.completions, objectOf(completionSchema)),
    roles: listOf(shape.roles, objectOf(roleSchema)),
    exemptions: listOf(shape.exemptions, objectOf(exemptionSchema)),
    developmentPoints: listOf(shape.developmentPoints, objectOf(developmentPointSchema)),
  }).value as ParticipantView;
}
