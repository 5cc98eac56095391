import { exampleParticipants } from "../../src/example/participants.js";
import { exampleProgramme } from "../../src/example/programme.js";
import type { Participant, Programme } from "../../src/programme/types.js";
import { parseParticipant, parseProgramme } from "../../src/programme/validate.js";

/** The shipped example, validated: the programme and its six participants. */
export const programme: Programme = parseProgramme(exampleProgramme);
export const participants: readonly Participant[] = exampleParticipants.map((p) =>
  parseParticipant(p, programme),
);
export const AS_OF = "2026-06-30";

/** One of the example participants by id. */
export function participant(id: string): Participant {
  const found = participants.find((p) => p.id === id);
  if (found === undefined) throw new Error(`no example participant ${id}`);
  return found;
}

/**
 * Names that try to break out of their place: a tag, an attribute, an entity, controls XML cannot
 * hold, a lone surrogate, a CDATA end. Every one is valid text to the schema.
 */
export const HOSTILE_NAMES = [
  "<script>alert(1)</script>",
  '"onload="alert(1)',
  "' onmouseover='alert(1)",
  "Tom & Jerry &amp; co",
  "a\u0000b\u001bc\u0007",
  "]]></title></svg><img src=x onerror=alert(1)>",
  "<!-- comment --><style>body{display:none}</style>",
  "x\uD800y",
];

/**
 * A copy of the example programme with hostile names everywhere a name or title is shown: the
 * programme, every theme, learning line, spearhead and group, and every component's title.
 */
export function hostileProgramme(names: readonly string[]): Programme {
  const draft = structuredClone(exampleProgramme) as unknown as {
    name: string;
    themes: { name: string }[];
    learningLines: { name: string }[];
    spearheads: { name: string }[];
    groups: { name: string }[];
    editions: { components: { title: string }[] }[];
  };
  let k = 0;
  const next = () => names[k++ % names.length] as string;
  draft.name = next();
  for (const list of [draft.themes, draft.learningLines, draft.spearheads, draft.groups])
    for (const item of list) item.name = next();
  for (const edition of draft.editions) for (const c of edition.components) c.title = next();
  return parseProgramme(draft);
}

/**
 * Characters XML cannot hold and HTML calls parse errors (C0 controls but tab, LF and CR; DEL and
 * C1; lone surrogates; noncharacters).
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the controls is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\p{Noncharacter_Code_Point}]/gu;

/** The bidirectional embeddings, overrides and isolates. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * What a text becomes in the documents (src/documents/escape.ts): bidirectional controls dropped,
 * what XML cannot hold as U+FFFD.
 */
export function asShown(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(NOT_XML, "\uFFFD");
}

/** The elements the documents are made of: a name from the data can add none. */
export const DOCUMENT_TAGS = new Set(
  "html head meta title style body main article header p h1 h2 h3 dl dt dd span section ul li table thead tbody tr th td div figure svg desc g text rect line".split(
    " ",
  ),
);

/** The attributes the documents write: a name from the data can add none. */
export const DOCUMENT_ATTRIBUTES = new Set(
  "lang charset name content http-equiv class scope xmlns viewBox width height role aria-label font-family font-size x y rx x1 y1 x2 y2 fill stroke stroke-width stroke-dasharray text-anchor transform".split(
    " ",
  ),
);

/** The element and attribute names used in a piece of markup. */
export function markupNames(markup: string): { tags: string[]; attributes: string[] } {
  const withoutStyle = markup.replace(/<style>[\s\S]*?<\/style>/g, "<style>");
  const tags = [...withoutStyle.matchAll(/<([A-Za-z][^\s/>]*)/g)].map((m) => m[1] as string);
  const attributes = [...withoutStyle.matchAll(/<[A-Za-z][^>]*>/g)].flatMap((m) =>
    [...m[0].matchAll(/\s([^\s=]+)=["']/g)].map((a) => a[1] as string),
  );
  return { tags, attributes };
}
