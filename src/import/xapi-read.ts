/**
 * Reading the parts of xAPI statements the importer needs, from data nobody checked: own
 * properties only (a polluted `Object.prototype` cannot add a field), bounded work per value.
 */

import type { LocalizedText } from "../i18n/types.js";
import { deepFreeze } from "../internal/deep-freeze.js";
import type { XapiActorProblem, XapiStatementProblem } from "./xapi-diagnostics.js";

/** Text from the input quoted in params and messages is cut to this many characters. */
export const MAX_QUOTED = 100;

/** A language map's keys read when a name is picked (a name needs only a few). */
const MAX_LANGUAGES = 50;

/** Whether a value is a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property of an object, or `undefined`: never one inherited from a prototype. */
export function field(value: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(value, key) ? value[key] : undefined;
}

/** Text cut to `MAX_QUOTED` characters (with "…"), for quoting in a message. */
export function clip(text: string): string {
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

// The rule of ids in programmes and participants, shared without zod.
export { isId } from "../internal/field-rules.js";

/** The JSON type of a value, by name, for `invalid-input`. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * The best text of a language map (`{ "nl-NL": "…", "en-US": "…" }`) for a locale: a tag of that
 * language first, then of the other, then the alphabetically first tag, so the choice never
 * depends on the order of the keys. `null` when the map holds no text.
 */
function pick(map: Readonly<Record<string, unknown>>, keys: readonly string[], want: string) {
  const other = want === "nl" ? "en" : "nl";
  let best: string | null = null;
  let bestRank = 3;
  let bestKey = "";
  for (const key of keys) {
    const text = map[key];
    if (typeof text !== "string" || text.trim() === "") continue;
    const tag = key.toLowerCase();
    const rank =
      tag === want || tag.startsWith(`${want}-`)
        ? 0
        : tag === other || tag.startsWith(`${other}-`)
          ? 1
          : 2;
    if (rank < bestRank || (rank === bestRank && key < bestKey)) {
      best = text;
      bestRank = rank;
      bestKey = key;
    }
  }
  return best === null ? null : clip(best.trim());
}

/** A language map as a text per locale, or `null` when it holds no text (or is not a map). */
export function languageMap(value: unknown): LocalizedText | null {
  if (!isRecord(value)) return null;
  const keys = Object.keys(value).slice(0, MAX_LANGUAGES);
  const nl = pick(value, keys, "nl");
  const en = pick(value, keys, "en");
  return nl === null || en === null ? null : { nl, en };
}

/** A problem with a statement's field, with the path below the statement. */
export interface FieldProblem {
  readonly at: readonly (string | number)[];
  readonly field: string;
  readonly problem: XapiStatementProblem;
}

/** What the importer knows of an actor. */
export type ActorRead =
  | {
      readonly kind: "actor";
      /** The key a participant mapping is looked up by (docs/app-developers.md). */
      readonly key: string;
      /** The participant id without a mapping: the account name or the e-mail address. */
      readonly defaultId: string | null;
      readonly name: string | null;
    }
  | { readonly kind: "invalid-actor"; readonly problem: XapiActorProblem }
  | ({ readonly kind: "invalid-statement" } & FieldProblem);

const identifiers = /* @__PURE__ */ deepFreeze([
  "mbox",
  "mbox_sha1sum",
  "openid",
  "account",
] as const);

/**
 * The key of an e-mail address, as a statement's `mbox` or a mapping's key writes it: `mailto:`
 * and the address in lower case (mail systems treat addresses without regard to case; xAPI says
 * so of the domain).
 */
export function mailKey(address: string): string {
  const bare = /^mailto:/i.test(address) ? address.slice(7) : address;
  return `mailto:${bare.toLowerCase()}`;
}

/**
 * The key a participant mapping entry is read as: an e-mail address (with or without `mailto:`)
 * as `mailKey`, `mbox_sha1sum:` with the hash in lower case, anything else as written.
 */
export function mappingActorKey(key: string): string {
  if (/^mailto:/i.test(key) || (key.includes("@") && !key.includes(":"))) return mailKey(key);
  if (/^mbox_sha1sum:/i.test(key)) return key.toLowerCase();
  return key;
}

/** Reads a statement's actor: its key, its default participant id and name, or its problem. */
export function readActor(actor: unknown): ActorRead {
  if (actor === undefined)
    return { kind: "invalid-statement", at: ["actor"], field: "actor", problem: "missing" };
  if (!isRecord(actor))
    return { kind: "invalid-statement", at: ["actor"], field: "actor", problem: "not-object" };
  if (field(actor, "objectType") === "Group") return { kind: "invalid-actor", problem: "group" };
  const present = identifiers.filter((key) => field(actor, key) !== undefined);
  if (present.length === 0) return { kind: "invalid-actor", problem: "no-identifier" };
  if (present.length > 1) return { kind: "invalid-actor", problem: "several-identifiers" };
  const which = present[0] as (typeof identifiers)[number];
  const value = field(actor, which);
  const rawName = field(actor, "name");
  const name = typeof rawName === "string" && rawName.trim() !== "" ? clip(rawName.trim()) : null;
  if (which === "account") {
    if (!isRecord(value))
      return {
        kind: "invalid-statement",
        at: ["actor", "account"],
        field: "actor.account",
        problem: "not-object",
      };
    const homePage = field(value, "homePage");
    const accountName = field(value, "name");
    for (const [part, text] of [
      ["homePage", homePage],
      ["name", accountName],
    ] as const) {
      if (typeof text !== "string" || text === "")
        return {
          kind: "invalid-statement",
          at: ["actor", "account", part],
          field: `actor.account.${part}`,
          problem: text === undefined ? "missing" : "not-text",
        };
    }
    return {
      kind: "actor",
      key: `account:${homePage as string}|${accountName as string}`,
      defaultId: accountName as string,
      name,
    };
  }
  if (typeof value !== "string" || value === "")
    return {
      kind: "invalid-statement",
      at: ["actor", which],
      field: `actor.${which}`,
      problem: "not-text",
    };
  if (which === "mbox") {
    const key = mailKey(value);
    return { kind: "actor", key, defaultId: key.slice(7), name };
  }
  if (which === "mbox_sha1sum")
    return { kind: "actor", key: `mbox_sha1sum:${value.toLowerCase()}`, defaultId: null, name };
  return { kind: "actor", key: `openid:${value}`, defaultId: null, name };
}
