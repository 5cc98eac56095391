import type { SchemaKit } from "./kit.js";

/*
 * The lean kit: the part of zod/mini (4.6.7) that the programme's schemas use, rebuilt without
 * zod, so that validating a programme or a participant does not bundle zod (docs/decisions.md,
 * "Validation without zod at run time"). It gives what the library reads of a schema, and nothing
 * more: `safeParse` with zod's output values and zod's issues (the fields from-zod.ts translates:
 * code, path, keys, expected, origin, minimum, maximum, inclusive, values, discriminator, options,
 * and the message of a tagged refinement), and `def` and `shape` as from-zod.ts and salvage.ts
 * walk them. test/programme/lean-kit.prop.test.ts holds every schema built with it to the same
 * schema built with zod, value for value and issue for issue; the references below are to
 * zod's node_modules/zod/v4/core/schemas.js and checks.js.
 */

/** An issue as zod reports it (the fields the translator reads). */
interface Issue {
  readonly code: string;
  readonly path: PropertyKey[];
  readonly message: string;
  /** zod's flag: an issue without `continue: true` stops the checks that follow. */
  readonly continue?: boolean;
  readonly [field: string]: unknown;
}

/** Parses a value at a path: returns the output, adds the issues it finds. */
type Run = (value: unknown, path: PropertyKey[], issues: Issue[]) => unknown;

/** A check that runs after the type test; `whenLength`: zod's default `when` for lengths. */
interface Check {
  readonly run: Run;
  readonly whenLength?: true;
}

/** How a field may be absent, as zod's `optin`/`optout` tell the object parser. */
type Absent = "optional" | "defaulted" | undefined;

/** A lean schema: the members the library reads, and `run` for the schemas around it. */
interface Lean {
  readonly def: { readonly type: string; readonly [part: string]: unknown };
  readonly run: Run;
  readonly absent: Absent;
  readonly shape?: Readonly<Record<string, Lean>>;
  /** A literal's or an enum's values. */
  readonly values?: readonly unknown[];
  readonly check?: (...checks: Check[]) => Lean;
  readonly safeParse: (
    value: unknown,
  ) => { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function add(issues: Issue[], path: PropertyKey[], issue: object, message = ""): false {
  issues.push({ code: "", message, path, ...issue });
  return false;
}

/**
 * Whether an issue from place `from` on stops a check: any issue without `continue: true`
 * (zod's `aborted`), or for a check with a `when`, one with `continue: false` (`explicitlyAborted`;
 * schemas.js, `runChecks`).
 */
function stops(issues: readonly Issue[], from: number, explicitOnly: boolean): boolean {
  for (let i = from; i < issues.length; i++) {
    const go = (issues[i] as Issue).continue;
    if (explicitOnly ? go === false : go !== true) return true;
  }
  return false;
}

/** A schema: its type test, then its checks in order, each skipped once an issue stops them. */
function lean(
  def: Lean["def"],
  parse: Run,
  checks: readonly Check[] = [],
  members: Partial<Lean> = {},
): Lean {
  const run: Run =
    checks.length === 0
      ? parse
      : (value, path, issues) => {
          const from = issues.length;
          const out = parse(value, path, issues);
          for (const check of checks)
            if (!stops(issues, from, check.whenLength === true)) check.run(out, path, issues);
          return out;
        };
  return {
    def,
    run,
    absent: undefined,
    ...members,
    safeParse: (value) => {
      const issues: Issue[] = [];
      const data = run(value, [], issues);
      return issues.length === 0 ? { success: true, data } : { success: false, error: { issues } };
    },
  };
}

/** A schema that takes more checks, as zod's `.check(…)` does: a new schema each time. */
const checkable = (def: Lean["def"], parse: Run, checks: readonly Check[] = []): Lean =>
  lean(def, parse, checks, { check: (...more) => checkable(def, parse, [...checks, ...more]) });

/** A type test: the value as it is, or an `invalid_type` issue. */
const typeTest =
  (expected: string, holds: (value: unknown) => boolean): Run =>
  (value, path, issues) => {
    if (!holds(value)) add(issues, path, { code: "invalid_type", expected });
    return value;
  };

/** zod's number: NaN and ±Infinity are not numbers (schemas.js, $ZodNumber). */
const isNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value);

/**
 * zod's `int()` checks itself first (checks.js, $ZodCheckNumberFormat): a fraction is an
 * `invalid_type` that stops the bounds; an integer beyond the safe range is too big or too small,
 * and the bounds still run.
 */
const safeInteger: Check = /* @__PURE__ */ Object.freeze<Check>({
  run: (value, path, issues) => {
    const x = value as number;
    if (!Number.isInteger(x))
      add(issues, path, { code: "invalid_type", expected: "int", continue: false });
    else if (!Number.isSafeInteger(x))
      add(
        issues,
        path,
        x > 0
          ? {
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              origin: "int",
              inclusive: true,
              continue: true,
            }
          : {
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              origin: "int",
              inclusive: true,
              continue: true,
            },
      );
    return undefined;
  },
});

/** zod's `minimum`, `maximum` and `positive` on numbers (checks.js, $ZodCheckGreaterThan, LessThan). */
const bound = (small: boolean, limit: number, inclusive: boolean): Check => ({
  run: (value, path, issues) => {
    const x = value as number;
    const within = small
      ? inclusive
        ? x >= limit
        : x > limit
      : inclusive
        ? x <= limit
        : x < limit;
    if (!within)
      add(issues, path, {
        code: small ? "too_small" : "too_big",
        origin: "number",
        [small ? "minimum" : "maximum"]: limit,
        inclusive,
        continue: true,
      });
    return undefined;
  },
});

/**
 * zod's `minLength` (checks.js, $ZodCheckMinLength): it runs on anything with a length, also
 * after a failed type test, unless an issue stopped it explicitly. The length is counted in
 * UTF-16 units, which is zod's count for lists and, for the minimum of 1 the schemas use, exact.
 */
const minLength = (minimum: number): Check => ({
  whenLength: true,
  run: (value, path, issues) => {
    const length = (value as { length?: unknown } | null | undefined)?.length;
    // zod passes a length that is `>= minimum` and flags anything else: also a length that is no
    // number at all ({ length: "x" }), which `< minimum` would let through.
    if (length !== undefined && !((length as number) >= minimum))
      add(issues, path, {
        code: "too_small",
        origin: Array.isArray(value) ? "array" : typeof value === "string" ? "string" : "unknown",
        minimum,
        inclusive: true,
        continue: true,
      });
    return undefined;
  },
});

/** zod's `refine` with the library's tagged error: a `custom` issue whose message is the tag. */
const refine = (
  holds: (value: never) => unknown,
  params: { readonly error: () => string; readonly abort?: boolean },
): Check => ({
  run: (value, path, issues) => {
    if (!holds(value as never))
      add(issues, path, { code: "custom", continue: params.abort !== true }, params.error());
    return undefined;
  },
});

/** One of fixed values (`literal`, `enum`); compared as zod's `Set` compares them (SameValueZero). */
function oneOf(
  type: string,
  values: readonly unknown[],
  params?: { readonly error: () => string },
) {
  return lean(
    { type, values },
    (value, path, issues) => {
      if (!values.includes(value))
        add(issues, path, { code: "invalid_value", values }, params?.error() ?? "");
      return value;
    },
    [],
    { values },
  );
}

/** A default, copied as zod copies it for every parse (a fresh list). */
function defaulted(inner: Lean, fallback: unknown): Lean {
  const fresh = () => (Array.isArray(fallback) ? [...fallback] : fallback);
  return lean(
    { type: "default", innerType: inner },
    (value, path, issues) => {
      if (value === undefined) return fresh();
      const out = inner.run(value, path, issues);
      return out === undefined ? fresh() : out;
    },
    [],
    { absent: "defaulted" },
  );
}

/**
 * zod's strict object, as its compiled parser runs it (schemas.js, $ZodObjectJIT and
 * handleCatchall): the fields in the shape's order; an optional field only when present (its
 * issues dropped when absent), a defaulted one always, a required one when present or else its
 * issues or `nonoptional`; then every key the shape does not have (`for…in`, so inherited
 * enumerable keys and an own `__proto__` too) in one `unrecognized_keys` that does not stop checks.
 */
function strictObject(shape: Readonly<Record<string, Lean>>): Lean {
  const keys = Object.keys(shape);
  return lean(
    { type: "object", shape },
    (value, path, issues) => {
      if (!isObject(value)) {
        add(issues, path, { code: "invalid_type", expected: "object" });
        return value;
      }
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        const field = shape[key] as Lean;
        const from = issues.length;
        const at = [...path, key];
        const parsed = field.run(value[key], at, issues);
        const present = key in value;
        if (field.absent === "defaulted" || present) out[key] = parsed;
        else if (field.absent === "optional") issues.length = from;
        else if (issues.length === from)
          add(issues, at, { code: "invalid_type", expected: "nonoptional" });
      }
      const unknown: string[] = [];
      for (const key in value) if (!Object.hasOwn(shape, key)) unknown.push(key);
      if (unknown.length > 0)
        add(issues, path, { code: "unrecognized_keys", keys: unknown, continue: true });
      return out;
    },
    [],
    { shape },
  );
}

/**
 * zod's discriminated union without a fallback (schemas.js, $ZodDiscriminatedUnion): the option
 * whose literal holds the value's tag, or an `invalid_union` at the tag naming every tag.
 */
function discriminatedUnion(discriminator: string, options: readonly Lean[]): Lean {
  const tagsOf = (option: Lean) => option.shape?.[discriminator]?.values ?? [];
  const tags = options.flatMap(tagsOf);
  return lean({ type: "union", discriminator, options }, (value, path, issues) => {
    if (!isObject(value)) {
      add(issues, path, { code: "invalid_type", expected: "object" });
      return value;
    }
    const tag = value[discriminator];
    const option = options.find((o) => tagsOf(o).includes(tag));
    if (option !== undefined) return option.run(value, path, issues);
    add(issues, [...path, discriminator], {
      code: "invalid_union",
      errors: [],
      discriminator,
      options: tags,
    });
    return value;
  });
}

/** zod's pipe: the output side runs unless the input side had an issue other than unknown keys. */
const pipe = (input: Lean, output: Lean): Lean =>
  lean({ type: "pipe", in: input, out: output }, (value, path, issues) => {
    const from = issues.length;
    const parsed = input.run(value, path, issues);
    for (let i = from; i < issues.length; i++)
      if ((issues[i] as Issue).code !== "unrecognized_keys") return parsed;
    return output.run(parsed, path, issues);
  });

const same = <T>(schema: T): T => schema;

/**
 * The lean kit, typed as zod/mini's builders (kit.ts): the schemas built with it are used only
 * inside the library, through the members above, which the property test holds to zod's.
 *
 * @internal
 */
export const leanKit: SchemaKit = /* @__PURE__ */ Object.freeze({
  string: () =>
    checkable(
      { type: "string" },
      typeTest("string", (v) => typeof v === "string"),
    ),
  number: () => checkable({ type: "number" }, typeTest("number", isNumber)),
  int: () => checkable({ type: "number" }, typeTest("number", isNumber), [safeInteger]),
  boolean: () =>
    lean(
      { type: "boolean" },
      typeTest("boolean", (v) => typeof v === "boolean"),
    ),
  literal: (value: unknown, params?: { error: () => string }) =>
    oneOf("literal", Array.isArray(value) ? value : [value], params),
  enum: (values: readonly string[]) => oneOf("enum", [...values]),
  optional: (inner: Lean) =>
    lean(
      { type: "optional", innerType: inner },
      (value, path, issues) => (value === undefined ? value : inner.run(value, path, issues)),
      [],
      { absent: "optional" },
    ),
  nullable: (inner: Lean) =>
    lean(
      { type: "nullable", innerType: inner },
      (value, path, issues) => (value === null ? value : inner.run(value, path, issues)),
      [],
      { absent: inner.absent },
    ),
  _default: defaulted,
  prefault: (inner: Lean, fallback: unknown) =>
    lean(
      { type: "prefault", innerType: inner },
      (value, path, issues) => inner.run(value === undefined ? fallback : value, path, issues),
      [],
      { absent: "defaulted" },
    ),
  array: (element: Lean) =>
    checkable({ type: "array", element }, (value, path, issues) => {
      if (!Array.isArray(value)) {
        add(issues, path, { code: "invalid_type", expected: "array" });
        return value;
      }
      const out = new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) out[i] = element.run(value[i], [...path, i], issues);
      return out;
    }),
  strictObject,
  discriminatedUnion,
  pipe,
  transform: (to: (value: never) => unknown) =>
    lean({ type: "transform" }, (value) => to(value as never)),
  refine,
  minimum: (limit: number) => bound(true, limit, true),
  maximum: (limit: number) => bound(false, limit, true),
  positive: () => bound(true, 0, false),
  minLength,
  described: same,
  sealed: same,
} as unknown as SchemaKit);
