import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import { nl } from "../src/i18n/nl/programme.js";
import type { MessageTable } from "../src/i18n/types.js";
import type * as schemas from "../src/index.js";
import type {
  Component,
  DiagnosticOf,
  Programme,
  ProgrammeDiagnostic,
  ProgrammeValidation,
  StarPolicy,
} from "../src/index.js";
import { formatDiagnostic, validateProgramme } from "../src/index.js";
import type { ProgrammeDiagnosticParams } from "../src/programme/diagnostics.js";
import type { Schemas } from "../src/programme/schema/define.js";
import type {
  CategoryCap,
  Completion,
  ComponentInput,
  DeepReadonly,
  DevelopmentPoint,
  Edition,
  Evaluation,
  Exemption,
  Group,
  LearningLine,
  Participant,
  ParticipantInput,
  ProgrammeInput,
  Role,
  Spearhead,
  Theme,
} from "../src/programme/types.js";

describe("public types", () => {
  it("a validation result narrows on ok", () => {
    const result = validateProgramme({});
    expectTypeOf(result).toEqualTypeOf<ProgrammeValidation>();
    if (result.ok) {
      expectTypeOf(result.value).toEqualTypeOf<Programme>();
      // @ts-expect-error a successful result has no `diagnostics`
      void result.diagnostics;
    } else {
      expectTypeOf(result.diagnostics).toEqualTypeOf<readonly ProgrammeDiagnostic[]>();
    }
  });

  it("diagnostics are a union keyed by code, with typed params", () => {
    const d = {} as ProgrammeDiagnostic;
    if (d.code === "target-unreachable") {
      expectTypeOf(d.params.reachable).toEqualTypeOf<number>();
    }
    if (d.code === "duplicate-id") {
      expectTypeOf(d.params.kind).toEqualTypeOf<
        "theme" | "learning-line" | "spearhead" | "group" | "component" | "participant" | "edition"
      >();
    }
    expectTypeOf(d).toMatchTypeOf<DiagnosticOf<string, unknown>>();
    expectTypeOf(formatDiagnostic).parameter(1).toEqualTypeOf<"nl" | "en" | undefined>();
  });

  it("validated data is deeply readonly and defaults are resolved", () => {
    const c = {} as Component;
    expectTypeOf(c.stars).toEqualTypeOf<1 | 2 | 3>();
    const write = (component: Component) => {
      // @ts-expect-error stars cannot be written
      component.stars = 2;
    };
    void write;
    expectTypeOf(c.learningLines).toEqualTypeOf<readonly string[]>();
    const policy = {} as StarPolicy;
    expectTypeOf(policy.startYear).toEqualTypeOf<number>();
    expectTypeOf(policy.cap).toEqualTypeOf<number | null>();
    expectTypeOf(policy.window.kind).toEqualTypeOf<"fixed" | "rolling" | "participant">();
  });
});

describe("message tables", () => {
  it("a table that lacks a code's message does not compile", () => {
    const { "cap-below-target": _dropped, ...rest } = nl;
    // @ts-expect-error "cap-below-target" has no message, so this is not a complete table
    const incomplete: MessageTable<ProgrammeDiagnosticParams> = rest;
    void incomplete;
  });

  it("a message may only read the params its code has", () => {
    const table: Pick<MessageTable<ProgrammeDiagnosticParams>, "cap-below-target"> = {
      // @ts-expect-error "cap-below-target" has no param "year"
      "cap-below-target": (p) => `${p.year}`,
    };
    void table;
  });
});

/*
 * The types of validated data are written out as named interfaces (src/programme/types.ts) so
 * editors and the API reference show names; these hold each one identical, both ways, to what its
 * zod schema produces, so neither can change without the other.
 */
describe("the named data types are exactly what the schemas produce", () => {
  type Out<S extends z.ZodMiniType> = DeepReadonly<z.output<S>>;

  it("the programme and its parts", () => {
    expectTypeOf<Programme>().toEqualTypeOf<Out<typeof schemas.programmeSchema>>();
    expectTypeOf<StarPolicy>().toEqualTypeOf<Out<typeof schemas.programmeSchema>["policy"]>();
    expectTypeOf<Edition>().toEqualTypeOf<Out<typeof schemas.editionSchema>>();
    expectTypeOf<Component>().toEqualTypeOf<Out<typeof schemas.componentSchema>>();
    expectTypeOf<Theme>().toEqualTypeOf<Out<Schemas["themeSchema"]>>();
    expectTypeOf<LearningLine>().toEqualTypeOf<Out<Schemas["learningLineSchema"]>>();
    expectTypeOf<Spearhead>().toEqualTypeOf<Out<Schemas["spearheadSchema"]>>();
    expectTypeOf<Group>().toEqualTypeOf<Out<Schemas["groupSchema"]>>();
    expectTypeOf<CategoryCap>().toEqualTypeOf<Out<Schemas["categoryCapSchema"]>>();
  });

  it("the participant and its parts", () => {
    expectTypeOf<Participant>().toEqualTypeOf<Out<typeof schemas.participantSchema>>();
    expectTypeOf<Completion>().toEqualTypeOf<Out<Schemas["completionSchema"]>>();
    expectTypeOf<Evaluation>().toEqualTypeOf<Out<Schemas["evaluationSchema"]>>();
    expectTypeOf<Role>().toEqualTypeOf<Out<Schemas["roleSchema"]>>();
    expectTypeOf<Exemption>().toEqualTypeOf<Out<Schemas["exemptionSchema"]>>();
    expectTypeOf<DevelopmentPoint>().toEqualTypeOf<Out<Schemas["developmentPointSchema"]>>();
  });

  it("the input types are the schemas' inputs", () => {
    expectTypeOf<ProgrammeInput>().toEqualTypeOf<z.input<typeof schemas.programmeSchema>>();
    expectTypeOf<ComponentInput>().toEqualTypeOf<z.input<typeof schemas.componentSchema>>();
    expectTypeOf<ParticipantInput>().toEqualTypeOf<z.input<typeof schemas.participantSchema>>();
  });

  it("a difference in one field is caught", () => {
    // The check above is strict: a field the schema does not have, or one made optional, fails.
    expectTypeOf<Component & { readonly extra: 1 }>().not.toEqualTypeOf<
      Out<typeof schemas.componentSchema>
    >();
    expectTypeOf<
      Omit<Component, "repeatable"> & { readonly repeatable?: boolean }
    >().not.toEqualTypeOf<Out<typeof schemas.componentSchema>>();
  });
});
