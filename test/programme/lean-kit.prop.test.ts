import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { tagOf } from "../../src/diagnostics/schema-codes.js";
import { exampleParticipants } from "../../src/example/participants.js";
import { exampleProgramme } from "../../src/example/programme.js";
import type { Schemas } from "../../src/programme/schema/define.js";
import { runtimeSchemas } from "../../src/programme/schema/runtime.js";
import { zodSchemas } from "../../src/programme/schema/schemas.js";
import { anyValue, type Mutation, mutate, mutation, pathsOf } from "../arbitraries/programme.js";
import { programmeArb } from "../arbitraries/statement.js";
import { edgeDates, hostileJsonTree } from "../arbitraries/values.js";
import { component, minimalProgramme } from "../fixtures/minimal.js";

/*
 * Validation parses with the lean kit (src/programme/schema/lean-kit.ts), the package exports the
 * same definitions built with zod/mini (rules A1: the schemas are the format's source of truth).
 * These properties hold every lean schema to its zod twin: the same success, the same output
 * value (key order, -0, NaN, ±Infinity and undefined-valued keys included), and the same issues
 * in the same order in every field the translator (src/diagnostics/from-zod.ts) reads.
 */

type Name = keyof Schemas;
const NAMES = Object.keys(zodSchemas) as Name[];

/** The part of a schema both kits give: `safeParse`. */
interface Parser {
  safeParse(
    value: unknown,
  ): { success: true; data: unknown } | { success: false; error: { issues: unknown[] } };
}
const parser = (schemas: Schemas, name: Name) => schemas[name] as unknown as Parser;

/**
 * A value as plain JSON that keeps what `toEqual` and `JSON.stringify` lose: key order (entries in
 * `Object.keys` order), -0, NaN, ±Infinity, undefined (also as a key's value), holes, bigints,
 * symbols, and what kind of object a value is. Strings that start with "#" are escaped.
 */
function canon(value: unknown, depth = 0): unknown {
  if (depth > 64) return "#too-deep";
  switch (typeof value) {
    case "undefined":
      return "#undefined";
    case "number":
      if (Object.is(value, -0)) return "#-0";
      return Number.isFinite(value) ? value : `#${value}`;
    case "string":
      return value.startsWith("#") ? `#${value}` : value;
    case "bigint":
      return `#${value}n`;
    case "symbol":
      return `#${String(value)}`;
    case "function":
      return "#function";
    case "boolean":
      return value;
  }
  if (value === null) return null;
  const object = value as Record<string, unknown>;
  if (Array.isArray(object))
    return {
      "#array": Array.from({ length: object.length }, (_, i) =>
        i in object ? canon(object[i], depth + 1) : "#hole",
      ),
    };
  const proto = Object.getPrototypeOf(object);
  return {
    "#object":
      proto === Object.prototype
        ? "Object"
        : proto === null
          ? "null"
          : Object.prototype.toString.call(object),
    entries: Object.keys(object).map((k) => [k, canon(object[k], depth + 1)]),
  };
}

/** The fields of an issue that src/diagnostics/from-zod.ts reads. */
const READ = [
  "code",
  "path",
  "keys",
  "expected",
  "origin",
  "minimum",
  "maximum",
  "inclusive",
  "values",
  "discriminator",
  "options",
] as const;

/** An issue as the translator sees it: the fields it reads, and the message only when tagged. */
function readable(issue: unknown): Record<string, unknown> {
  const i = issue as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of READ) if (i[field] !== undefined) out[field] = canon(i[field]);
  const message = String(i.message);
  if (tagOf(message) !== undefined) out.message = message;
  return out;
}

type Outcome =
  | { readonly success: true; readonly data: unknown }
  | { readonly success: false; readonly issues: readonly Record<string, unknown>[] }
  | { readonly threw: true };

function outcome(schemas: Schemas, name: Name, value: unknown): Outcome {
  try {
    const result = parser(schemas, name).safeParse(value);
    return result.success
      ? { success: true, data: canon(result.data) }
      : { success: false, issues: result.error.issues.map(readable) };
  } catch {
    return { threw: true };
  }
}

/** Which outcomes each schema met (to show the properties reach both sides of every schema). */
const seen = new Map<Name, Set<string>>(NAMES.map((n) => [n, new Set()]));

/** Expects the lean schema to give what the zod schema gives on `value`; returns zod's outcome. */
function sameParse(name: Name, value: unknown): Outcome {
  const expected = outcome(zodSchemas, name, value);
  const actual = outcome(runtimeSchemas, name, value);
  seen.get(name)?.add("threw" in expected ? "threw" : expected.success ? "success" : "failure");
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    expect(actual, `${name} on ${JSON.stringify(canon(value)).slice(0, 2000)}`).toEqual(expected);
  return expected;
}

/** The lean schema's issues (readable fields), after checking that zod gives the same. */
function leanIssues(name: Name, value: unknown): readonly Record<string, unknown>[] {
  const result = sameParse(name, value);
  expect("success" in result && result.success, `${name} should fail`).toBe(false);
  const lean = outcome(runtimeSchemas, name, value);
  return "issues" in lean ? lean.issues : [];
}

// --- values and mutations ------------------------------------------------------------------------

/** JSON text with keys that attack prototypes: JSON.parse makes them own keys. */
const hostileText = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"__proto__":null,"id":"x"}',
  '{"kind":"bonus","maxStars":1,"__proto__":{"kind":"format"}}',
  '{"year":2026,"components":[],"__proto__":{"year":1}}',
  '{"id":"x","name":"X","constructor":"y"}',
];
const hostileParsed = () => hostileText.map((t) => JSON.parse(t) as unknown);

/** Values on the edges of the schemas' rules, and values JSON never writes. */
const nasty = (): unknown[] => [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1.5,
  -1,
  1,
  2,
  3,
  4,
  5,
  6,
  15,
  1000,
  1001,
  3660,
  3661,
  1899,
  1900,
  2999,
  3000,
  2 ** 53,
  -(2 ** 53),
  1e21,
  1e300,
  -1e300,
  20260101,
  null,
  undefined,
  true,
  false,
  "",
  " ",
  " padded ",
  " x",
  "x ",
  "x",
  "1",
  "a".repeat(100),
  "a".repeat(101),
  ...edgeDates,
  [],
  [1],
  [""],
  [{}],
  {},
  { length: 0 },
  { length: "x" },
  { kind: "nope" },
  { kind: "bonus", maxStars: 1 },
  { kind: "format", format: "classroom", maxStars: 2 },
  { kind: "learning-line", learningLine: " ll", maxStars: 1.5 },
  { kind: "bonus" },
  { kind: null },
  { participantScore: 5 },
  { effectScore: 0, extra: 1 },
  { theme: "t", role: "trainer", year: 2026 },
  "fixed",
  "rolling",
  "participant",
  "classroom",
  "mandatory",
  "elective",
  "trainer",
  "kartrekker",
  "approved",
  "pending",
  "theme",
  "learning-line",
  "edition-end",
  "pro-rata",
  ...hostileParsed(),
];
const NASTY_COUNT = nasty().length;
const nastyValue = (i: number) => nasty()[i % NASTY_COUNT];

/** Unknown keys to add (own keys, as JSON.parse makes them), and known keys in the wrong place. */
const EXTRA_KEYS = ["__proto__", "constructor", "toString", "extra", "hour", "kindd", "0", "id"];

/** Fields with rules of their own, set to a nasty value (parents made as needed). */
const PROGRAMME_FIELDS: readonly (readonly (string | number)[])[] = [
  ["editions"],
  ["editions", 0],
  ["editions", 0, "year"],
  ["editions", 0, "name"],
  ["editions", 0, "components"],
  ["editions", 0, "components", 0],
  ["editions", 0, "components", 0, "stars"],
  ["editions", 0, "components", 0, "hours"],
  ["editions", 0, "components", 0, "id"],
  ["editions", 0, "components", 0, "title"],
  ["editions", 0, "components", 0, "format"],
  ["editions", 0, "components", 0, "requirement"],
  ["editions", 0, "components", 0, "theme"],
  ["editions", 0, "components", 0, "learningLines"],
  ["editions", 0, "components", 0, "audience", 0],
  ["editions", 0, "components", 0, "repeatable"],
  ["editions", 0, "components", 0, "description"],
  ["formatVersion"],
  ["id"],
  ["name"],
  ["description"],
  ["$schema"],
  ["themes"],
  ["themes", 0],
  ["themes", 0, "id"],
  ["learningLines", 0, "name"],
  ["spearheads", 0, "description"],
  ["groups"],
  ["groups", 0],
  ["policy"],
  ["policy", "startYear"],
  ["policy", "target"],
  ["policy", "cap"],
  ["policy", "carryOver"],
  ["policy", "proRate"],
  ["policy", "mandatoryDue"],
  ["policy", "exemptions"],
  ["policy", "minimumPerYear"],
  ["policy", "window"],
  ["policy", "window", "kind"],
  ["policy", "window", "years"],
  ["policy", "window", "noticeDays"],
  ["policy", "mandatory"],
  ["policy", "mandatory", "starterGraceDays"],
  ["policy", "electives"],
  ["policy", "electives", "minCount"],
  ["policy", "electives", "maxStars"],
  ["policy", "electives", "coverEveryLearningLine"],
  ["policy", "bonus"],
  ["policy", "bonus", "stars"],
  ["policy", "bonus", "roles"],
  ["policy", "bonus", "roles", 0],
  ["policy", "bonus", "per"],
  ["policy", "bonus", "maxPerWindow"],
  ["policy", "categoryCaps"],
  ["policy", "categoryCaps", 0],
  ["policy", "categoryCaps", 0, "kind"],
  ["policy", "categoryCaps", 0, "maxStars"],
  ["policy", "categoryCaps", 0, "format"],
  ["policy", "categoryCaps", 0, "learningLine"],
];

const PARTICIPANT_FIELDS: readonly (readonly (string | number)[])[] = [
  ["id"],
  ["name"],
  ["$schema"],
  ["formatVersion"],
  ["startDate"],
  ["groups"],
  ["groups", 0],
  ["completions"],
  ["completions", 0],
  ["completions", 0, "component"],
  ["completions", 0, "date"],
  ["completions", 0, "status"],
  ["completions", 0, "evaluation"],
  ["completions", 0, "evaluation", "participantScore"],
  ["completions", 0, "evaluation", "effectScore"],
  ["roles"],
  ["roles", 0],
  ["roles", 0, "theme"],
  ["roles", 0, "role"],
  ["roles", 0, "year"],
  ["exemptions", 0],
  ["exemptions", 0, "from"],
  ["exemptions", 0, "to"],
  ["exemptions", 0, "reason"],
  ["exemptions", 0, "status"],
  ["developmentPoints", 0],
  ["developmentPoints", 0, "kind"],
  ["developmentPoints", 0, "id"],
];

/** The dates the calendar date schema is most easily wrong on (it stops after an invalid date). */
const DATES = [...edgeDates, "", 20260101, null];

/** One of this file's own changes, on top of the repository's `Mutation`s. */
type Op =
  | Mutation
  | { readonly kind: "nasty"; readonly pick: number; readonly value: number }
  | { readonly kind: "drop"; readonly pick: number }
  | { readonly kind: "extra"; readonly pick: number; readonly key: number; readonly value: number }
  | { readonly kind: "set"; readonly at: number; readonly value: number }
  | { readonly kind: "date"; readonly at: number; readonly value: number }
  | { readonly kind: "caps"; readonly value: number }
  | { readonly kind: "noEditions" }
  | { readonly kind: "emptyComponents"; readonly pick: number };

const nat = fc.nat();
const ownOp = (fields: readonly (readonly (string | number)[])[]): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 3, arbitrary: mutation },
    {
      weight: 4,
      arbitrary: fc.record({ kind: fc.constant("nasty" as const), pick: nat, value: nat }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant("drop" as const), pick: nat }) },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("extra" as const),
        pick: nat,
        key: nat,
        value: nat,
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant("set" as const),
        at: fc.nat({ max: fields.length - 1 }),
        value: nat,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant("date" as const), at: nat, value: nat }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("caps" as const), value: nat }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant("noEditions" as const) }) },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant("emptyComponents" as const), pick: nat }),
    },
  );

type Node = Record<string | number, unknown>;
const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null;

/** Sets `path` in `doc` to `value`, making the missing parents (an array before a number). */
function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  let node = doc;
  for (const [i, key] of path.entries()) {
    if (!isNode(node)) break;
    if (i === path.length - 1) {
      Object.defineProperty(node, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      if (!isNode(node[key])) node[key] = typeof path[i + 1] === "number" ? [] : {};
      node = node[key];
    }
  }
  return doc;
}

/** The paths of the date fields in a document (participant-like, or a date on its own). */
const datePaths = (doc: unknown) =>
  pathsOf(doc).filter((p) => {
    const last = p[p.length - 1];
    return last === "date" || last === "from" || last === "to" || last === "startDate";
  });

/** Applies the changes to a copy of `document`; the copy keeps NaN, -0 and own "__proto__" keys. */
function apply(
  document: unknown,
  ops: readonly Op[],
  fields: readonly (readonly (string | number)[])[],
): unknown {
  let doc: unknown = structuredClone(document);
  for (const op of ops) {
    switch (op.kind) {
      case "replace":
      case "delete":
      case "add":
        doc = mutate(doc, [op]);
        break;
      case "nasty":
        doc = mutate(doc, [{ kind: "replace", pick: op.pick, value: nastyValue(op.value) }]);
        break;
      case "drop":
        doc = mutate(doc, [{ kind: "delete", pick: op.pick }]);
        break;
      case "extra":
        doc = mutate(doc, [
          {
            kind: "add",
            pick: op.pick,
            key: EXTRA_KEYS[op.key % EXTRA_KEYS.length] as string,
            value: nastyValue(op.value),
          },
        ]);
        break;
      case "set":
        doc = setAt(doc, fields[op.at % fields.length] ?? [], nastyValue(op.value));
        break;
      case "date": {
        const paths = datePaths(doc);
        const path = paths[op.at % Math.max(1, paths.length)];
        if (path !== undefined) doc = setAt(doc, path, DATES[op.value % DATES.length]);
        break;
      }
      case "caps":
        if (isNode(doc) && isNode(doc.policy))
          doc.policy.categoryCaps = [nastyValue(op.value), { kind: "bonus", maxStars: 3 }];
        else if (isNode(doc)) doc.policy = { categoryCaps: [{ kind: "nope", maxStars: 1 }] };
        break;
      case "noEditions":
        if (isNode(doc)) doc.editions = [];
        break;
      case "emptyComponents": {
        const editions = isNode(doc) ? doc.editions : undefined;
        if (Array.isArray(editions) && editions.length > 0) {
          const edition = editions[op.pick % editions.length];
          if (isNode(edition)) edition.components = [];
        }
        break;
      }
    }
  }
  return doc;
}

// --- the sub-values of a document, each with its schema -------------------------------------------

const field = (node: unknown, key: string): unknown =>
  isNode(node) && !Array.isArray(node) ? node[key] : undefined;
const items = (node: unknown): readonly unknown[] => (Array.isArray(node) ? node : []);
const has = (node: unknown, key: string) => isNode(node) && !Array.isArray(node) && key in node;

/** Every part of a programme-like document, with the schema that part has. */
function programmeParts(doc: unknown): [Name, unknown][] {
  const parts: [Name, unknown][] = [];
  const at = (name: Name, node: unknown, key: string) => {
    if (has(node, key)) parts.push([name, field(node, key)]);
  };
  at("jsonSchemaRef", doc, "$schema");
  at("idSchema", doc, "id");
  at("textSchema", doc, "name");
  at("textSchema", doc, "description");
  const catalogue = [
    ["themes", "themeSchema"],
    ["learningLines", "learningLineSchema"],
    ["spearheads", "spearheadSchema"],
    ["groups", "groupSchema"],
  ] as const;
  for (const [key, name] of catalogue)
    for (const entry of items(field(doc, key))) {
      parts.push([name, entry]);
      at("idSchema", entry, "id");
      at("textSchema", entry, "name");
      at("textSchema", entry, "description");
    }
  const policy = field(doc, "policy");
  if (has(doc, "policy")) parts.push(["policySchema", policy]);
  at("yearSchema", policy, "startYear");
  at("starCountSchema", policy, "carryOver");
  if (field(policy, "cap") !== null) at("starCountSchema", policy, "cap");
  const parts_ = [
    ["window", "windowPolicySchema"],
    ["mandatory", "mandatoryPolicySchema"],
    ["electives", "electivePolicySchema"],
    ["bonus", "bonusPolicySchema"],
  ] as const;
  for (const [key, name] of parts_) at(name, policy, key);
  for (const cap of items(field(policy, "categoryCaps"))) {
    parts.push(["categoryCapSchema", cap]);
    at("idSchema", cap, "learningLine");
    at("starCountSchema", cap, "maxStars");
  }
  for (const edition of items(field(doc, "editions"))) {
    parts.push(["editionSchema", edition]);
    at("yearSchema", edition, "year");
    at("textSchema", edition, "name");
    for (const c of items(field(edition, "components"))) {
      parts.push(["componentSchema", c]);
      at("idSchema", c, "id");
      at("textSchema", c, "title");
      at("textSchema", c, "description");
      at("starsSchema", c, "stars");
      at("idSchema", c, "theme");
      for (const key of ["learningLines", "spearheads", "audience"])
        for (const id of items(field(c, key))) parts.push(["idSchema", id]);
    }
  }
  return parts;
}

/** Every part of a participant-like document, with the schema that part has. */
function participantParts(doc: unknown): [Name, unknown][] {
  const parts: [Name, unknown][] = [];
  const at = (name: Name, node: unknown, key: string) => {
    if (has(node, key)) parts.push([name, field(node, key)]);
  };
  at("jsonSchemaRef", doc, "$schema");
  at("idSchema", doc, "id");
  at("textSchema", doc, "name");
  at("calendarDateSchema", doc, "startDate");
  for (const id of items(field(doc, "groups"))) parts.push(["idSchema", id]);
  for (const c of items(field(doc, "completions"))) {
    parts.push(["completionSchema", c]);
    at("idSchema", c, "component");
    at("calendarDateSchema", c, "date");
    at("evaluationSchema", c, "evaluation");
  }
  for (const r of items(field(doc, "roles"))) {
    parts.push(["roleSchema", r]);
    at("idSchema", r, "theme");
    at("yearSchema", r, "year");
  }
  for (const e of items(field(doc, "exemptions"))) {
    parts.push(["exemptionSchema", e]);
    at("calendarDateSchema", e, "from");
    at("calendarDateSchema", e, "to");
    at("textSchema", e, "reason");
  }
  for (const d of items(field(doc, "developmentPoints"))) {
    parts.push(["developmentPointSchema", d]);
    at("idSchema", d, "id");
  }
  return parts;
}

/** The programme schemas on the whole document, and each part's schema on each part. */
function sameProgramme(doc: unknown): void {
  sameParse("programmeShape", doc);
  sameParse("programmeSchema", doc);
  for (const [name, value] of programmeParts(doc)) sameParse(name, value);
}

function sameParticipant(doc: unknown): void {
  sameParse("participantSchema", doc);
  for (const [name, value] of participantParts(doc)) sameParse(name, value);
}

// --- documents -----------------------------------------------------------------------------------

const base = { formatVersion: 1, id: "x", name: "X" };
const withComponent = (c: Record<string, unknown>) => ({
  ...base,
  editions: [
    {
      year: 2026,
      components: [
        { id: "a", title: "A", stars: 1, requirement: "elective", format: "informal", ...c },
      ],
    },
  ],
});
const oneEdition = [{ year: 2026, components: [] }];

/** Hand-picked programmes on the edges of zod's semantics. */
const EDGE_PROGRAMMES: readonly unknown[] = [
  { ...base, editions: "" },
  { ...base, editions: { length: 0 } },
  { ...base, editions: { length: null } },
  { ...base, editions: "abc" },
  { ...base, editions: [] },
  { ...base, editions: [{ year: 1e300, components: [] }] },
  { ...base, editions: [{ year: -1e300, components: [] }] },
  { ...base, editions: [{ year: 2 ** 53 + 2, components: [] }] },
  { ...base, editions: [{ year: 1.5, components: [] }] },
  { ...base, editions: [{ year: -0, components: [] }] },
  { ...base, editions: [{ year: Number.NaN, components: [] }] },
  {
    ...base,
    policy: {
      categoryCaps: [{ kind: "nope" }, {}, null, [], { kind: "bonus", maxStars: -0 }],
    },
    editions: oneEdition,
  },
  JSON.parse(
    '{"__proto__":{"x":1},"constructor":1,"formatVersion":1,"id":"x","name":"X","editions":[{"year":2026,"components":[],"__proto__":null}]}',
  ),
  JSON.parse(
    '{"formatVersion":1,"id":"x","name":"X","policy":{"__proto__":{"target":3}},"editions":[{"year":2026,"components":[]}]}',
  ),
  { ...base, extra: 1, editions: oneEdition },
  withComponent({ hours: 0 }),
  withComponent({ hours: -0 }),
  withComponent({ hours: 1000 }),
  withComponent({ hours: 1000.5 }),
  withComponent({ hours: Number.NaN }),
  withComponent({ hours: Number.POSITIVE_INFINITY }),
  withComponent({ stars: -0 }),
  withComponent({ stars: "1" }),
  withComponent({ id: " a" }),
  withComponent({ title: " " }),
  withComponent({ description: null }),
  withComponent({ description: undefined }),
  withComponent({ theme: undefined }),
  withComponent({ learningLines: undefined }),
  withComponent({ learningLines: null }),
  withComponent({ repeatable: undefined }),
  {
    ...base,
    policy: { cap: null, target: 1e21, startYear: 2 ** 53 },
    editions: oneEdition,
  },
  { ...base, policy: { cap: undefined, startYear: undefined }, editions: oneEdition },
  { ...base, policy: { window: undefined, bonus: undefined }, editions: oneEdition },
  { ...base, policy: null, editions: oneEdition },
  { ...base, policy: undefined, editions: oneEdition },
  {
    ...base,
    policy: { window: null, bonus: [], electives: "x", mandatory: { starterGraceDays: 3661 } },
    editions: oneEdition,
  },
  { ...base, $schema: undefined, description: undefined, editions: oneEdition },
  { ...base, formatVersion: 2, editions: [] },
  { ...base, formatVersion: "1", editions: [] },
  { id: "x", editions: [{}] },
  {},
  [],
  null,
  undefined,
  "programme",
  42,
  minimalProgramme(),
];

/** A participant with every part, and one with only its id. */
const PARTICIPANTS: readonly unknown[] = [
  ...exampleParticipants,
  { id: "p-1" },
  {
    $schema: "https://example.org/participant.schema.json",
    formatVersion: 1,
    id: "p-1",
    name: "Zoë",
    groups: ["frontoffice"],
    startDate: "2025-09-01",
    completions: [
      { component: "c1", date: "2026-01-05", status: "pending", evaluation: { effectScore: 3 } },
    ],
    roles: [{ theme: "t", role: "trainer", year: 2026 }],
    exemptions: [{ from: "2026-01-01", to: "2026-03-31", reason: "verlof", status: "approved" }],
    developmentPoints: [{ kind: "spearhead", id: "sp" }],
  },
];

const SOURCES = [exampleProgramme, minimalProgramme()];

// --- properties ----------------------------------------------------------------------------------

// The properties parse every document and every part of it with both kits (a few seconds in all):
// the timeout leaves room for a loaded CI runner.
describe("the lean schemas give what the zod schemas give (rules A1: one format, two builds)", {
  timeout: 30_000,
}, () => {
  it("compares what the properties need compared: key order, -0, NaN, ±Infinity, undefined keys, tags", () => {
    const differ = (a: unknown, b: unknown) =>
      expect(JSON.stringify(canon(a))).not.toBe(JSON.stringify(canon(b)));
    differ({ a: 1, b: 2 }, { b: 2, a: 1 });
    differ({ a: 0 }, { a: -0 });
    differ([Number.NaN], [null]);
    differ(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY);
    differ({ a: undefined }, {});
    differ([undefined], new Array(1));
    differ("#-0", -0);
    differ([], {});
    differ({}, Object.create(null));
    expect(JSON.stringify(canon([Number.NaN, -0]))).toBe(JSON.stringify(canon([Number.NaN, -0])));
    const issue = { code: "custom", path: ["a", 0], input: 1, continue: true };
    expect(readable({ ...issue, message: "Invalid input" })).toEqual({
      code: "custom",
      path: { "#array": ["a", 0] },
    });
    expect(readable({ ...issue, message: "sterrenprogramma:invalid-id" })).toEqual({
      code: "custom",
      path: { "#array": ["a", 0] },
      message: "sterrenprogramma:invalid-id",
    });
  });

  it("has every zod schema, by the same names in the same order", () => {
    expect(Object.keys(runtimeSchemas)).toEqual(NAMES);
    expect(NAMES).toHaveLength(27);
  });

  it("rules A1/A9: the lean programme schemas parse the example programme, the minimal one and edge documents as zod does", () => {
    for (const doc of [...SOURCES, ...EDGE_PROGRAMMES]) sameProgramme(doc);
    expect(sameParse("programmeSchema", exampleProgramme)).toMatchObject({ success: true });
    for (const doc of EDGE_PROGRAMMES) for (const name of NAMES) sameParse(name, doc);
  });

  test.prop([programmeArb], { numRuns: 200 })(
    "rules A1/A9: the lean programme schemas parse every generated programme as zod does",
    (programme) => {
      expect(sameParse("programmeSchema", programme)).toMatchObject({ success: true });
      sameProgramme(programme);
    },
  );

  test.prop(
    [
      fc.constantFrom(...SOURCES),
      fc.array(ownOp(PROGRAMME_FIELDS), { minLength: 1, maxLength: 4 }),
    ],
    { numRuns: 1500 },
  )(
    "rules A1/A9: the lean programme schema parses every mutated programme as zod does, and every part of it as zod does",
    (source, ops) => {
      sameProgramme(apply(source, ops, PROGRAMME_FIELDS));
    },
  );

  test.prop([programmeArb, fc.array(ownOp(PROGRAMME_FIELDS), { minLength: 1, maxLength: 3 })], {
    numRuns: 500,
  })(
    "rules A1/A9: the lean programme schema parses every mutated generated programme as zod does",
    (programme, ops) => {
      sameProgramme(apply(programme, ops, PROGRAMME_FIELDS));
    },
  );

  it("rules A1/A9: the lean participant schemas parse the example participants and every date edge as zod does", () => {
    for (const p of PARTICIPANTS) sameParticipant(p);
    for (const date of DATES) {
      sameParse("calendarDateSchema", date);
      sameParticipant({ id: "p-1", startDate: date });
      sameParticipant({ id: "p-1", completions: [{ component: "c", date }] });
      sameParticipant({ id: "p-1", exemptions: [{ from: date, to: date, reason: "r" }] });
    }
    for (const year of [1899, 1900, 2999, 3000, 1.5, -0, Number.NaN, 1e300, -1e300, 2 ** 53])
      sameParse("yearSchema", year);
  });

  test.prop(
    [
      fc.constantFrom(...PARTICIPANTS),
      fc.array(ownOp(PARTICIPANT_FIELDS), { minLength: 1, maxLength: 4 }),
    ],
    { numRuns: 4000 },
  )(
    "rules A1/A9: the lean participant schema parses every mutated participant as zod does, and every part of it as zod does",
    (participant, ops) => {
      sameParticipant(apply(participant, ops, PARTICIPANT_FIELDS));
    },
  );

  test.prop([anyValue], { numRuns: 500 })(
    "rules A9: every lean schema parses any value as zod does",
    (value) => {
      for (const name of NAMES) sameParse(name, value);
    },
  );

  /** Objects a few levels deep whose keys attack prototypes or name the format's fields. */
  const hostileTree = hostileJsonTree(
    ["id", "kind", "year", "editions", "components", "policy", "formatVersion"],
    { maxKeys: 4, maxLength: 3 },
  ).map((tree) => JSON.parse(JSON.stringify(tree) ?? "null") as unknown);

  test.prop([hostileTree], { numRuns: 500 })(
    "rules A9: every lean schema parses hostile JSON (own __proto__ and constructor keys, nested) as zod does",
    (value) => {
      for (const name of NAMES) sameParse(name, value);
    },
  );

  test.prop(
    [
      fc.constantFrom(...SOURCES, ...PARTICIPANTS),
      fc.array(ownOp(PROGRAMME_FIELDS), { maxLength: 2 }),
      nat,
      fc.constantFrom<Record<string, unknown>>(
        { extra: 1 },
        { id: "inherited" },
        { name: "Geërfd" },
        { year: 2026 },
        { kind: "bonus" },
        { components: [] },
        { policy: {} },
        { date: "2026-01-01" },
      ),
    ],
    { numRuns: 500 },
  )(
    "rules A9: inherited enumerable keys are read by the lean schemas as zod reads them (for…in)",
    (source, ops, pick, proto) => {
      const doc = apply(source, ops, PROGRAMME_FIELDS);
      const objects = pathsOf(doc).filter((p) => {
        const node = p.reduce<unknown>((n, k) => (n as Node)[k], doc);
        return isNode(node) && !Array.isArray(node);
      });
      const path = objects[pick % Math.max(1, objects.length)];
      if (path === undefined) return;
      const own = path.reduce<unknown>((n, k) => (n as Node)[k], doc) as Node;
      const heir = Object.assign(Object.create(proto) as Node, own);
      const changed = setAt(doc, path, heir);
      sameProgramme(changed);
      sameParticipant(changed);
      for (const name of NAMES) sameParse(name, heir);
    },
  );
});

// --- fixed cases -----------------------------------------------------------------------------------

describe("the zod behaviours the lean kit must copy exactly (rules A1, A9)", () => {
  const programme = (extra: Record<string, unknown>) => ({
    ...base,
    editions: oneEdition,
    ...extra,
  });
  const hereEditions = { path: { "#array": ["editions"] } };
  const pathOf = (...keys: (string | number)[]) => ({ path: { "#array": keys } });
  const values = (...v: unknown[]) => ({ "#array": v });

  it('editions: "" is not a list, and too short as a string', () => {
    expect(leanIssues("programmeShape", programme({ editions: "" }))).toEqual([
      { code: "invalid_type", expected: "array", ...hereEditions },
      { code: "too_small", origin: "string", minimum: 1, inclusive: true, ...hereEditions },
    ]);
  });

  it("editions: { length: 0 } is not a list, and too short as something unknown", () => {
    expect(leanIssues("programmeShape", programme({ editions: { length: 0 } }))).toEqual([
      { code: "invalid_type", expected: "array", ...hereEditions },
      { code: "too_small", origin: "unknown", minimum: 1, inclusive: true, ...hereEditions },
    ]);
  });

  it('editions: { length: "x" } is too short too: zod flags any length that is not >= the minimum', () => {
    // Found by the mutation property in CI (seed 66672047): `length < 1` let "x" through.
    for (const length of ["x", null, Number.NaN, "0"])
      expect(leanIssues("programmeShape", programme({ editions: { 0: 1, length } }))).toEqual([
        { code: "invalid_type", expected: "array", ...hereEditions },
        { code: "too_small", origin: "unknown", minimum: 1, inclusive: true, ...hereEditions },
      ]);
    expect(leanIssues("programmeShape", programme({ editions: { length: "2" } }))).toEqual([
      { code: "invalid_type", expected: "array", ...hereEditions },
    ]);
  });

  it("editions: [] is too short as a list", () => {
    expect(leanIssues("programmeShape", programme({ editions: [] }))).toEqual([
      { code: "too_small", origin: "array", minimum: 1, inclusive: true, ...hereEditions },
    ]);
  });

  it("year: 1.5 is not an integer, and no bound is checked", () => {
    expect(leanIssues("editionSchema", { year: 1.5, components: [] })).toEqual([
      { code: "invalid_type", expected: "int", ...pathOf("year") },
    ]);
    expect(leanIssues("yearSchema", 1.5)).toEqual([
      { code: "invalid_type", expected: "int", ...pathOf() },
    ]);
  });

  it("year: 1e300 is beyond the safe integers and beyond 2999: two issues", () => {
    expect(leanIssues("editionSchema", { year: 1e300, components: [] })).toEqual([
      {
        code: "too_big",
        origin: "int",
        maximum: Number.MAX_SAFE_INTEGER,
        inclusive: true,
        ...pathOf("year"),
      },
      { code: "too_big", origin: "number", maximum: 2999, inclusive: true, ...pathOf("year") },
    ]);
    expect(leanIssues("yearSchema", -1e300)).toEqual([
      {
        code: "too_small",
        origin: "int",
        minimum: Number.MIN_SAFE_INTEGER,
        inclusive: true,
        ...pathOf(),
      },
      { code: "too_small", origin: "number", minimum: 1900, inclusive: true, ...pathOf() },
    ]);
  });

  it("year: NaN and Infinity are not numbers", () => {
    for (const year of [Number.NaN, Number.POSITIVE_INFINITY, "2026"])
      expect(leanIssues("yearSchema", year)).toEqual([
        { code: "invalid_type", expected: "number", ...pathOf() },
      ]);
  });

  it("hours: 0 is too small, exclusively", () => {
    const doc = withComponent({ hours: 0 });
    expect(leanIssues("programmeShape", doc)).toEqual([
      {
        code: "too_small",
        origin: "number",
        minimum: 0,
        inclusive: false,
        ...pathOf("editions", 0, "components", 0, "hours"),
      },
    ]);
  });

  it("a required field that is missing has its own issue at its key", () => {
    const { title: _title, stars: _stars, ...rest } = component("a");
    expect(leanIssues("componentSchema", rest)).toEqual([
      { code: "invalid_type", expected: "string", ...pathOf("title") },
      {
        code: "invalid_value",
        values: values(1, 2, 3),
        message: "sterrenprogramma:stars-out-of-range",
        ...pathOf("stars"),
      },
    ]);
    const { formatVersion: _v, ...noVersion } = programme({});
    expect(leanIssues("programmeShape", noVersion)).toEqual([
      {
        code: "invalid_value",
        values: values(1),
        message: "sterrenprogramma:unsupported-format-version",
        ...pathOf("formatVersion"),
      },
    ]);
    expect(leanIssues("programmeShape", { formatVersion: 1 })).toEqual([
      { code: "invalid_type", expected: "string", ...pathOf("id") },
      { code: "invalid_type", expected: "string", ...pathOf("name") },
      { code: "invalid_type", expected: "array", ...hereEditions },
    ]);
  });

  it("a date that is no date stops before the range check; a date out of range is tagged", () => {
    expect(leanIssues("calendarDateSchema", "2026-02-30")).toEqual([
      { code: "custom", message: "sterrenprogramma:invalid-date", ...pathOf() },
    ]);
    expect(leanIssues("calendarDateSchema", "3000-01-01")).toEqual([
      { code: "custom", message: "sterrenprogramma:date-out-of-range", ...pathOf() },
    ]);
    expect(leanIssues("calendarDateSchema", 20260101)).toEqual([
      { code: "invalid_type", expected: "string", ...pathOf() },
    ]);
    expect(sameParse("calendarDateSchema", "2024-02-29")).toEqual({
      success: true,
      data: "2024-02-29",
    });
  });

  it('categoryCaps: [{ kind: "nope" }] is an invalid union at the tag, naming every tag', () => {
    const doc = programme({ policy: { categoryCaps: [{ kind: "nope" }] } });
    expect(leanIssues("programmeShape", doc)).toEqual([
      {
        code: "invalid_union",
        discriminator: "kind",
        options: values("format", "learning-line", "bonus"),
        ...pathOf("policy", "categoryCaps", 0, "kind"),
      },
    ]);
  });

  it("an own __proto__ key (JSON.parse) is an unknown key", () => {
    const doc = JSON.parse(
      '{"formatVersion":1,"id":"x","name":"X","editions":[{"year":2026,"components":[]}],"__proto__":{"x":1}}',
    );
    expect(Object.hasOwn(doc, "__proto__")).toBe(true);
    expect(leanIssues("programmeShape", doc)).toEqual([
      { code: "unrecognized_keys", keys: values("__proto__"), ...pathOf() },
    ]);
    expect(leanIssues("programmeSchema", doc)).toEqual([
      { code: "unrecognized_keys", keys: values("__proto__"), ...pathOf() },
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("an inherited enumerable key is an unknown key too", () => {
    const edition = Object.assign(Object.create({ extra: 1 }) as object, {
      year: 2026,
      components: [],
    });
    expect(leanIssues("editionSchema", edition)).toEqual([
      { code: "unrecognized_keys", keys: values("extra"), ...pathOf() },
    ]);
  });

  it("policy.bonus.roles is a fresh list in every parse", () => {
    for (const schemas of [runtimeSchemas, zodSchemas]) {
      for (const name of ["policySchema", "bonusPolicySchema"] as const) {
        const schema = parser(schemas, name);
        const first = schema.safeParse({});
        const second = schema.safeParse({});
        if (!first.success || !second.success) throw new Error(`${name} should parse {}`);
        const roles = (data: unknown) =>
          name === "policySchema"
            ? ((data as { bonus: { roles: string[] } }).bonus.roles as string[])
            : (data as { roles: string[] }).roles;
        roles(first.data).push("mutated");
        expect(roles(second.data)).toEqual(["trainer", "kartrekker"]);
        const third = schema.safeParse({});
        expect(third.success && roles(third.data)).toEqual(["trainer", "kartrekker"]);
      }
      const parsed = parser(schemas, "programmeSchema").safeParse(exampleProgramme);
      const again = parser(schemas, "programmeSchema").safeParse(exampleProgramme);
      if (!parsed.success || !again.success) throw new Error("the example should parse");
      const p = parsed.data as { policy: { categoryCaps: unknown[] }; groups: unknown[] };
      const q = again.data as { policy: { categoryCaps: unknown[] }; groups: unknown[] };
      expect(p.policy.categoryCaps).not.toBe(q.policy.categoryCaps);
    }
  });

  it("a programme with only unknown keys wrong fails with just those issues (the transform runs, unseen)", () => {
    const doc = programme({ extra: 1, policy: { target: 3, hour: 2 } });
    const expected = [
      { code: "unrecognized_keys", keys: values("hour"), ...pathOf("policy") },
      { code: "unrecognized_keys", keys: values("extra"), ...pathOf() },
    ];
    expect(leanIssues("programmeShape", doc)).toEqual(expected);
    expect(leanIssues("programmeSchema", doc)).toEqual(expected);
  });

  it("programmeSchema fills in the start year and the cap as zod does", () => {
    const parsed = sameParse("programmeSchema", programme({ policy: { target: 4 } }));
    expect(parsed).toMatchObject({ success: true });
    const lean = runtimeSchemas.programmeSchema.safeParse(programme({ policy: { target: 4 } }));
    expect(lean.success && lean.data.policy).toMatchObject({ startYear: 2026, cap: 4 });
    const capless = runtimeSchemas.programmeSchema.safeParse(programme({ policy: { cap: null } }));
    expect(capless.success && capless.data.policy.cap).toBeNull();
  });

  it("the properties met a success and a failure of every schema", () => {
    // Run with the whole file (the properties above fill `seen`).
    for (const name of NAMES)
      expect([name, [...(seen.get(name) ?? [])].sort()]).toEqual([name, ["failure", "success"]]);
  });
});

// --- no zod at run time ---------------------------------------------------------------------------

describe("validation needs no zod at run time", () => {
  it("runtime.ts and every module it imports (types aside) import no zod", () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../src/programme/schema");
    const importRe =
      /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^;"']*?\s+from\s+)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;
    const visited = new Set<string>();
    const zodImports: string[] = [];
    const walk = (file: string) => {
      if (visited.has(file)) return;
      visited.add(file);
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(importRe)) {
        const typeOnly = m[1] !== undefined;
        const spec = (m[2] ?? m[3] ?? m[4]) as string;
        if (typeOnly) continue;
        if (spec === "zod" || spec.startsWith("zod/")) zodImports.push(`${file}: ${spec}`);
        else if (spec.startsWith(".")) walk(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      }
    };
    walk(resolve(root, "runtime.ts"));
    const names = [...visited].map((f) => f.slice(root.length + 1));
    for (const file of [
      "runtime.ts",
      "lean-kit.ts",
      "define.ts",
      "primitives.ts",
      "catalogue.ts",
      "component.ts",
      "policy.ts",
      "programme.ts",
      "participant.ts",
    ])
      expect(names).toContain(file);
    expect(names).not.toContain("zod-kit.ts");
    expect(names).not.toContain("schemas.ts");
    expect(zodImports).toEqual([]);
    // The regex sees the type import of zod that programme.ts and kit.ts have.
    const programmeText = readFileSync(resolve(root, "programme.ts"), "utf8");
    expect([...programmeText.matchAll(importRe)].some((m) => m[1] && m[2] === "zod/mini")).toBe(
      true,
    );
  });
});
