import type { Locale, LocalizedText, MessageTable } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";

/**
 * How bad a problem is: an `error` makes the input unusable, a `warning` does not.
 *
 * @example
 * const errors = diagnostics.filter((d) => d.severity === ("error" satisfies Severity));
 */
export type Severity = "error" | "warning";

/**
 * One step into the input: an object key or an array index.
 *
 * @example
 * const step: PathSegment = "editions"; // or 0
 */
export type PathSegment = string | number;

/**
 * Where in the input a problem sits, as the keys and indexes to follow from the root.
 *
 * @example
 * const path: Path = ["editions", 0, "components", 3, "stars"];
 */
export type Path = readonly PathSegment[];

/**
 * One problem found in an input: a stable `code`, a `severity`, a `path` into the input, the
 * structured `params` the code defines, and a ready-made message in Dutch and English.
 *
 * @example
 * const d: DiagnosticOf<"duplicate-id", { kind: "theme"; id: string }> = {
 *   code: "duplicate-id",
 *   severity: "error",
 *   path: ["themes", 2, "id"],
 *   params: { kind: "theme", id: "lezen" },
 *   message: { nl: "…", en: "…" },
 * };
 */
export interface DiagnosticOf<Code extends string, Params> {
  readonly code: Code;
  readonly severity: Severity;
  readonly path: Path;
  readonly params: Params;
  readonly message: LocalizedText;
}

/**
 * The union of diagnostics described by a table of params per code.
 *
 * @example
 * type Mine = DiagnosticUnion<{ "too-late": { days: number } }>;
 * // DiagnosticOf<"too-late", { days: number }>
 */
export type DiagnosticUnion<P> = {
  [C in keyof P & string]: DiagnosticOf<C, P[C]>;
}[keyof P & string];

/** Everything needed to build the diagnostics of one family of codes. */
export interface DiagnosticCatalogue<P> {
  readonly severity: { readonly [C in keyof P]: Severity };
  readonly messages: { readonly [L in Locale]: MessageTable<P> };
}

/**
 * Builds the factory for one family of diagnostics. The severity of a code is fixed by the
 * catalogue, so a code always means the same thing to a caller.
 *
 * @internal
 */
export function diagnosticFactory<P>(catalogue: DiagnosticCatalogue<P>) {
  return function diagnostic<C extends keyof P & string>(
    code: C,
    path: Path,
    params: P[C],
  ): DiagnosticOf<C, P[C]> {
    return {
      code,
      severity: catalogue.severity[code],
      path,
      params,
      message: {
        nl: catalogue.messages.nl[code](params),
        en: catalogue.messages.en[code](params),
      },
    };
  };
}

/**
 * Renders a path the way a person reads it: `editions[0].components[3].stars`.
 *
 * @example
 * formatPath(["editions", 0, "components", 3, "stars"]);
 * //=> "editions[0].components[3].stars"
 * @function
 */
export const formatPath = /* @__PURE__ */ deepFreeze(function formatPath(path: Path): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(root)" : out;
});

/**
 * One line of text for a diagnostic in the chosen language, with its severity, path and code.
 *
 * @example
 * formatDiagnostic(diagnostic, "en");
 * //=> "error at editions[0].components[3].stars (stars-out-of-range): …"
 * @function
 */
export const formatDiagnostic = /* @__PURE__ */ deepFreeze(function formatDiagnostic(
  diagnostic: DiagnosticOf<string, unknown>,
  locale: Locale = "nl",
): string {
  const severity =
    locale === "nl"
      ? diagnostic.severity === "error"
        ? "fout"
        : "waarschuwing"
      : diagnostic.severity;
  const where = locale === "nl" ? "bij" : "at";
  return `${severity} ${where} ${formatPath(diagnostic.path)} (${diagnostic.code}): ${diagnostic.message[locale]}`;
});
