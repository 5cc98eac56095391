import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { freeze as immerFreeze } from "immer";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as classic from "zod";
import * as z from "zod/mini";
import * as documents from "../../src/documents/index.js";
import * as main from "../../src/index.js";
import * as koffer from "../../src/koffer/index.js";
import { isPrepared } from "../../src/stars/prepare.js";

/**
 * Issue 14, "Shared state": every caller shares the library's tables, so none of them may be
 * writable, and the core keeps no state of its own between calls (rules A10.6, A10.7).
 */

const root = join(import.meta.dirname, "..", "..");

/**
 * zod 4 schemas cannot be frozen; they are sealed instead (docs/decisions.md, "Hostile input"), which
 * the zod tests below check. The walk leaves out these and no other.
 */
const ZOD_SCHEMAS = [
  "main.componentSchema",
  "main.editionSchema",
  "main.participantSchema",
  "main.policySchema",
  "main.programmeSchema",
  "main.programmeShape",
];

interface Walk {
  readonly unfrozen: string[];
  readonly zod: string[];
  readonly frozen: Set<string>;
}

/**
 * Walks every export and everything reachable from its own properties, functions and classes
 * included (with their `prototype`). The zod schemas are the documented exception (sealed, not
 * frozen: docs/decisions.md); everything else must be frozen.
 */
function walkExports(entries: Record<string, Record<string, unknown>>): Walk {
  const seen = new Set<unknown>();
  const walk: Walk = { unfrozen: [], zod: [], frozen: new Set() };
  const visit = (value: unknown, path: string): void => {
    if ((typeof value !== "object" || value === null) && typeof value !== "function") return;
    if (seen.has(value)) return;
    seen.add(value);
    if (typeof value === "object" && "_zod" in value) {
      walk.zod.push(path);
      return;
    }
    if (Object.isFrozen(value)) walk.frozen.add(path);
    else walk.unfrozen.push(path);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      const at = `${path}.${String(key)}`;
      if (descriptor === undefined) continue;
      if ("value" in descriptor) visit(descriptor.value, at);
      // A getter could hand out something writable: no table may have one.
      else walk.unfrozen.push(`${at} (accessor)`);
    }
  };
  for (const [name, entry] of Object.entries(entries))
    for (const key of Object.keys(entry)) visit(entry[key], `${name}.${key}`);
  return walk;
}

/** A copy that may be edited: the shipped example is frozen. */
function example(): { editions: { components: { stars: number; id: string }[] }[] } & Record<
  string,
  unknown
> {
  return structuredClone(main.exampleProgramme) as never;
}

describe("every export is deeply frozen (issue 14, rules A10.6)", () => {
  const walk = walkExports({ main, koffer, documents });

  it("reaches the tables, the examples and the messages inside them", () => {
    // The walk must really go deep, or the next assertion would prove nothing.
    for (const path of [
      "main.exampleProgramme.editions.0.components.0",
      "main.exampleParticipants.0.completions",
      "main.defaultPolicy.window",
      "main.planMessages.nl.heading",
      "main.schemaSeverities",
      "main.semanticSeverities",
      "main.SUPPORTED_FORMAT_VERSIONS",
      "main.locales",
      "koffer.actionStatuses",
      "koffer.kofferSeverities",
      "koffer.planSeverities",
      "koffer.compareSeverities",
      "koffer.exampleConnectieTemplate.categories.0",
      "koffer.exampleCollectieTemplate.categories.0",
    ])
      expect(walk.frozen, path).toContain(path);
    for (const path of [
      "main.computeStatement",
      "main.validateProgramme",
      "main.SterrenprogrammaValidationError",
      "main.SterrenprogrammaValidationError.prototype",
      "koffer.validateActionPlan",
      "koffer.kendallW.prototype",
    ])
      expect(walk.frozen, path).toContain(path);
  });

  it("finds nothing reachable that can be written", () => {
    expect(walk.unfrozen).toEqual([]);
  });

  it("leaves out only the known zod schemas", () => {
    expect(walk.zod.sort()).toEqual(ZOD_SCHEMAS);
  });
});

describe("writing to a shared table changes nothing for anybody (issue 14)", () => {
  it("actionStatuses refuses a push, and validateActionPlan still refuses the new status (rules B5)", () => {
    expect(() => (koffer.actionStatuses as string[]).push("blocked")).toThrow(TypeError);
    expect(koffer.actionStatuses).toEqual(["open", "in-progress", "done"]);
    const category = koffer.exampleConnectieTemplate.categories[0]?.id ?? "";
    const result = koffer.validateActionPlan(koffer.exampleConnectieTemplate, [
      { category, small: { text: "Klein.", status: "blocked" }, large: { text: "Groot." } },
    ] as never);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.code)).toEqual(["invalid-value"]);
  });

  it("the severity tables refuse writes, and 7 stars stay an error (rules A1, A9)", () => {
    const tables = [
      main.schemaSeverities,
      main.semanticSeverities,
      koffer.kofferSeverities,
      koffer.planSeverities,
      koffer.compareSeverities,
    ] as unknown as Record<string, string>[];
    for (const table of tables) {
      const code = Object.keys(table)[0] ?? "";
      expect(() => {
        table[code] = "warning";
      }).toThrow(TypeError);
      expect(() => {
        table["new-code"] = "warning";
      }).toThrow(TypeError);
      expect(table[code]).not.toBe("warning");
    }
    const programme = example();
    const component = programme.editions[0]?.components[0];
    if (component === undefined) throw new Error("the example has a component");
    component.stars = 7;
    const result = main.validateProgramme(programme);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.diagnostics.map((d) => [d.code, d.severity])).toContainEqual([
        "stars-out-of-range",
        "error",
      ]);
  });

  it("a semantic error stays an error after an attempt to soften it", () => {
    expect(() => {
      (main.semanticSeverities as Record<string, string>)["duplicate-id"] = "warning";
    }).toThrow(TypeError);
    const programme = example();
    const components = programme.editions[0]?.components ?? [];
    const [first, second] = components;
    if (first === undefined || second === undefined) throw new Error("two components");
    second.id = first.id;
    const result = main.validateProgramme(programme);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.diagnostics.filter((d) => d.code === "duplicate-id")[0]?.severity).toBe(
        "error",
      );
  });

  it("a format version pushed into SUPPORTED_FORMAT_VERSIONS is not accepted", () => {
    expect(() => (main.SUPPORTED_FORMAT_VERSIONS as number[]).push(2)).toThrow(TypeError);
    expect(() => (main.locales as string[]).push("fr")).toThrow(TypeError);
    const result = main.validateProgramme({ ...example(), formatVersion: 2 });
    expect(result.ok).toBe(false);
  });

  it("the examples, the default policy and the messages cannot be edited in place", () => {
    const before = JSON.stringify([
      main.exampleProgramme,
      main.exampleParticipants,
      main.defaultPolicy,
      koffer.exampleConnectieTemplate,
      koffer.exampleCollectieTemplate,
    ]);
    const edits: (() => void)[] = [
      () => (main.exampleProgramme.editions as unknown[]).push({}),
      () => {
        (main.exampleProgramme as { name: string }).name = "x";
      },
      () => {
        (main.exampleProgramme.editions[0]?.components[0] as { stars: number }).stars = 3;
      },
      () => (main.exampleParticipants[0]?.completions as unknown[] | undefined)?.push({}),
      () => {
        (main.defaultPolicy as { target: number }).target = 1;
      },
      () => {
        (main.defaultPolicy.window as { years: number }).years = 9;
      },
      () => {
        (koffer.exampleConnectieTemplate as { budget: number }).budget = 1;
      },
      () => {
        (koffer.exampleCollectieTemplate.categories[0] as { label: string }).label = "x";
      },
      () => (koffer.exampleCollectieTemplate.categories as unknown[]).pop(),
      () => {
        (main.planMessages.en as { heading: unknown }).heading = () => "pwned";
      },
      () => {
        (main.planMessages.nl.heading as { extra?: number }).extra = 1;
      },
    ];
    for (const edit of edits) expect(edit).toThrow(TypeError);
    expect(
      JSON.stringify([
        main.exampleProgramme,
        main.exampleParticipants,
        main.defaultPolicy,
        koffer.exampleConnectieTemplate,
        koffer.exampleCollectieTemplate,
      ]),
    ).toBe(before);
    // The example still validates: its shipped promise.
    expect(main.validateProgramme(main.exampleProgramme).ok).toBe(true);
  });
});

describe("the exported zod schemas cannot change what validation accepts (issue 14)", () => {
  it("a schema's shape refuses a new field schema, and validation still refuses what it did", () => {
    const shapes: [Record<string, unknown>, string][] = [
      [main.programmeShape.shape, "editions"],
      [main.policySchema.shape, "target"],
      [main.componentSchema.shape, "stars"],
      [main.editionSchema.shape, "components"],
      [main.participantSchema.shape, "completions"],
    ];
    for (const [shape, key] of shapes) {
      const before = shape[key];
      expect(() => {
        shape[key] = z.any();
      }).toThrow(TypeError);
      expect(shape[key]).toBe(before);
    }
    expect(main.validateProgramme({ ...example(), editions: [] }).ok).toBe(false);
    const programme = example();
    const component = programme.editions[0]?.components[0];
    if (component === undefined) throw new Error("the example has a component");
    component.stars = 7;
    expect(main.validateProgramme(programme).ok).toBe(false);
  });

  it("the parse methods cannot be replaced", () => {
    const accept = () => ({ success: true, data: {} });
    for (const schema of [main.programmeSchema, main.participantSchema, main.componentSchema]) {
      expect(() => {
        (schema as unknown as { safeParse: unknown }).safeParse = accept;
      }).toThrow(TypeError);
      expect(() => {
        (schema as unknown as { parse: unknown }).parse = accept;
      }).toThrow(TypeError);
    }
    expect(main.validateParticipant({ id: " p" }).ok).toBe(false);
    expect(main.validateProgramme({ ...example(), id: " x" }).ok).toBe(false);
  });

  it("the schemas still work as zod schemas: derived, parsed and exported as JSON Schema", () => {
    // zod/mini schemas (docs/decisions.md): derived with zod's functions, not methods.
    expect(z.extend(main.componentSchema, { note: z.string() }).shape.note).toBeDefined();
    expect(z.partial(main.policySchema).safeParse({}).success).toBe(true);
    expect(main.programmeSchema.safeParse(example()).success).toBe(true);
    const json = z.toJSONSchema(main.programmeShape, { io: "input" }) as { required?: string[] };
    expect(json.required).toContain("editions");
    // A user of classic zod composes them into schemas of their own.
    const wrapped = classic.object({ programme: main.programmeSchema }).optional();
    expect(wrapped.safeParse({ programme: example() }).success).toBe(true);
    expect(wrapped.safeParse({ programme: { ...example(), editions: [] } }).success).toBe(false);
  });
});

describe("a prepared programme carries its own state (issue 14)", () => {
  const programme = main.parseProgramme(main.exampleProgramme);
  const participant = main.parseParticipant(main.exampleParticipants[0], programme);

  it("is frozen, and its brand cannot be copied or inherited", () => {
    const prepared = main.prepareProgramme(programme);
    expect(Object.isFrozen(prepared)).toBe(true);
    expect(isPrepared(prepared)).toBe(true);
    expect(isPrepared({ ...prepared })).toBe(false);
    expect(isPrepared(Object.create(prepared))).toBe(false);
    expect(isPrepared(programme)).toBe(false);
    expect(main.prepareProgramme(prepared)).toBe(prepared);
  });

  it("still evaluates after a store (immer) deep-freezes it", () => {
    const fresh = main.prepareProgramme(programme);
    const expected = [
      main.computeStatement(fresh, participant, "2026-06-30").totals,
      main.computeStatement(fresh, participant, "2025-03-01").totals,
    ];
    // Frozen before any statement, so that nothing has been memoised yet.
    const stored = immerFreeze(main.prepareProgramme(programme), true);
    const totals = [
      main.computeStatement(stored, participant, "2026-06-30").totals,
      main.computeStatement(stored, participant, "2025-03-01").totals,
    ];
    expect(totals).toEqual(expected);
    expect(main.organisationReport(stored, [participant], "2026-06-30").participants).toBe(1);
  });
});

/**
 * Module-level mutable state in a source file: `let`/`var`, a `new` collection, or an object or
 * array literal that is not frozen at its declaration. Calls are trusted (zod schemas, factories):
 * what they return is checked by the export walk above when it is public.
 */
function moduleState(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
  const strip = (e: ts.Expression): ts.Expression =>
    ts.isAsExpression(e) ||
    ts.isSatisfiesExpression(e) ||
    ts.isParenthesizedExpression(e) ||
    ts.isNonNullExpression(e)
      ? strip(e.expression)
      : e;
  const isLiteral = (e: ts.Expression) =>
    ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e);
  const freezer = (e: ts.Expression): "deep" | "shallow" | null => {
    if (!ts.isCallExpression(e)) return null;
    const callee = e.expression.getText(file);
    return callee === "deepFreeze" ? "deep" : callee === "Object.freeze" ? "shallow" : null;
  };
  /** What `Object.freeze` may hold: nothing that is itself a writable literal or collection. */
  const shallowOnly = (e: ts.Expression): boolean => {
    if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => !isLiteral(strip(x)));
    if (ts.isObjectLiteralExpression(e))
      return e.properties.every(
        (p) => !ts.isPropertyAssignment(p) || !isLiteral(strip(p.initializer)),
      );
    return true;
  };
  /**
   * `new` is allowed frozen only where freezing really freezes: a RegExp (without the g or y flag,
   * whose `lastIndex` every match writes) or an empty typed array.
   */
  const frozenNew = (e: ts.NewExpression): boolean => {
    const name = e.expression.getText(file);
    const [first] = e.arguments ?? [];
    if (name === "RegExp") return !/[gy]/.test(e.arguments?.[1]?.getText(file) ?? "");
    return /Array$/.test(name) && first !== undefined && first.getText(file) === "0";
  };
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      const list = statement.declarationList;
      if ((list.flags & ts.NodeFlags.Const) === 0) {
        found.push(`${where(statement)} let/var`);
        continue;
      }
      for (const declaration of list.declarations) {
        if (declaration.initializer === undefined) continue;
        const init = strip(declaration.initializer);
        const name = declaration.name.getText(file);
        if (isLiteral(init)) found.push(`${where(declaration)} ${name}: unfrozen literal`);
        else if (ts.isNewExpression(init)) {
          // A RegExp without the g or y flag holds no state that `test` changes: it may stand
          // unfrozen, and must, for speed (frozen, V8 leaves its fast path: ~80 against ~25 ns
          // a test, docs/decisions.md "Hostile input" 6).
          if (!(init.expression.getText(file) === "RegExp" && frozenNew(init)))
            found.push(`${where(declaration)} ${name}: new`);
        } else if (
          ts.isCallExpression(init) &&
          (ts.isFunctionExpression(strip(init.expression)) ||
            ts.isArrowFunction(strip(init.expression)))
        )
          // An immediately invoked function can keep variables alive in its closure.
          found.push(`${where(declaration)} ${name}: immediately invoked function`);
        else {
          const kind = freezer(init);
          const arg = kind === null ? undefined : (init as ts.CallExpression).arguments[0];
          if (arg === undefined) continue;
          const inner = strip(arg);
          if (ts.isNewExpression(inner) && !frozenNew(inner))
            found.push(`${where(declaration)} ${name}: frozen collection is still writable`);
          else if (kind === "shallow" && !shallowOnly(inner))
            found.push(`${where(declaration)} ${name}: Object.freeze of nested literals`);
        }
      }
    } else if (ts.isClassDeclaration(statement)) {
      for (const member of statement.members) {
        const isStatic = ts.canHaveModifiers(member)
          ? (ts.getModifiers(member) ?? []).some((m) => m.kind === ts.SyntaxKind.StaticKeyword)
          : false;
        if (
          (isStatic && ts.isPropertyDeclaration(member)) ||
          ts.isClassStaticBlockDeclaration(member)
        )
          found.push(`${where(member)} static state in class`);
      }
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("no module-level mutable state in the core (issue 14)", () => {
  it("the scan finds each kind of state it looks for", () => {
    const cases: [string, number][] = [
      ["let count = 0;", 1],
      ["export var seen = 1;", 1],
      ["const cache = new Map<string, number>();", 1],
      ["const scratch = new WeakMap<object, number[]>();", 1],
      ["const buffer = new Int32Array(1024);", 1],
      ["const stack: number[] = [];", 1],
      ["export const table = { a: 1 } as const satisfies Record<string, number>;", 1],
      ["const names = Object.freeze(new Set(['a']));", 1],
      ["const rows = Object.freeze([{ a: 1 }]);", 1],
      ["const r = Object.freeze(new RegExp('x', 'g'));", 1],
      ["const r = new RegExp('x', 'y');", 1],
      ["class C { static cache = new Map(); }", 1],
      ["const next = (() => { let n = 0; return () => ++n; })();", 1],
      // What is allowed: frozen tables, functions, primitives, calls, classes without statics.
      [
        "const a = deepFreeze({ x: [1] }); const b = Object.freeze(['x']); const n = 3;" +
          "const f = (x: number) => x; const s = z.string(); class D { #x = 1; }" +
          "const e = Object.freeze(new Int32Array(0)); const r = Object.freeze(new RegExp('x', 'u'));" +
          "const u = new RegExp('x', 'u');",
        0,
      ],
    ];
    for (const [text, count] of cases)
      expect(moduleState("case.ts", text), text).toHaveLength(count);
  });

  it("src/ outside the command line holds none", () => {
    // src/cli is the I/O edge: a process of its own, with private lookup tables (see
    // docs/decisions.md, "Hostile input"); everything a library user imports is scanned.
    const files = sourceFiles(join(root, "src")).filter(
      (path) => !relative(root, path).startsWith(join("src", "cli")),
    );
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) =>
      moduleState(relative(root, path), readFileSync(path, "utf8")),
    );
    expect(found).toEqual([]);
  });

  it("src/cli keeps no variable at module level either", () => {
    // Its constant lookup tables (option and column names) are private to one process; a `let`
    // would be state shared by every run() in it, as the tests call it.
    const files = sourceFiles(join(root, "src", "cli"));
    expect(files.length).toBeGreaterThan(5);
    const found = files.flatMap((path) =>
      moduleState(relative(root, path), readFileSync(path, "utf8")).filter((f) =>
        f.endsWith("let/var"),
      ),
    );
    expect(found).toEqual([]);
  });
});

describe("exported functions and classes are frozen too (issue 14)", () => {
  it("a property written to an exported function or its prototype does not stick", () => {
    expect(() => {
      (main.validateProgramme as unknown as Record<string, unknown>).extra = 1;
    }).toThrow(TypeError);
    expect(() => {
      (
        main.SterrenprogrammaValidationError.prototype as unknown as Record<string, unknown>
      ).toString = () => "hijacked";
    }).toThrow(TypeError);
    expect("extra" in main.validateProgramme).toBe(false);
  });

  it("the frozen error class still constructs, names itself and passes instanceof", () => {
    const error = new main.SterrenprogrammaValidationError("The programme", []);
    expect(error).toBeInstanceOf(main.SterrenprogrammaValidationError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("SterrenprogrammaValidationError");
    expect(main.SterrenprogrammaValidationError.name).toBe("SterrenprogrammaValidationError");
    expect(() => main.parseProgramme({})).toThrow(main.SterrenprogrammaValidationError);
  });
});
