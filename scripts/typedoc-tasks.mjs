// A TypeDoc plugin that arranges the API reference by task (typedoc.json: "plugin").
//
// The arrangement itself is data in typedoc.json, next to the rest of the reference's settings:
// - "apiModules": the name each entry point is shown under — the import path users write
//   (`sterrenprogramma/koffer`), not the file name (`index`).
// - "apiGroups": each task group with a one-line description and the source files (or folders,
//   ending in "/") whose exports belong to it. An export is grouped by the file that declares it;
//   the most specific path wins. A `@group` tag in an export's own TSDoc overrides the mapping.
// - "apiDocuments": the title and group of each guide listed in "projectDocuments".
//
// It also makes the guides' own anchors count: an id written in a guide's HTML (docs/rules.md's
// `<a id="a6"></a>`) is an anchor other guides may link to, which TypeDoc's link check does not
// know by itself; and an in-page link (`#spreadsheets---csv`) must name an id of its own page,
// which TypeDoc does not check at all (GitHub and TypeDoc make different ids of some headings).
//
// It keeps markdown-it from linking "decisions.md" to http://decisions.md. And it drops the `@function` / `@class` tag that the house style writes after an `@example`
// from the example's code, where TypeDoc would show it.
//
// Why a mapping by source path rather than a `@group` tag on every export: the files are already
// organised by task, so a new export in an existing file is grouped without anyone remembering a
// tag, and a new file outside every mapped path fails the build here and the test in
// test/api-groups.test.ts, which names the file and the export. (docs/decisions.md, "The API
// reference grouped by task".)

import { relative } from "node:path";
import {
  Comment,
  CommentTag,
  Converter,
  DeclarationReflection,
  PageEvent,
  ParameterType,
  ReflectionKind,
} from "typedoc";

/**
 * The group of a source file (a path relative to the repository, with `/`), or undefined: the
 * longest mapped path that is the file itself or a folder (ending in "/") that contains it.
 *
 * @param {Record<string, { paths: string[] }>} groups typedoc.json "apiGroups"
 * @param {string} file
 * @returns {string | undefined}
 */
export function groupOfFile(groups, file) {
  let best;
  let bestLength = -1;
  for (const [group, { paths }] of Object.entries(groups)) {
    for (const path of paths) {
      const matches = path.endsWith("/") ? file.startsWith(path) : file === path;
      if (matches && path.length > bestLength) {
        best = group;
        bestLength = path.length;
      }
    }
  }
  return best;
}

/**
 * An example's code without the tag lines (`@function`, `@class`) that end it: TypeDoc reads an
 * `@example` without a code fence as code up to the end of the comment.
 *
 * @param {string} code a code part as TypeDoc parsed it: "```ts\n…\n```"
 * @returns {string}
 */
export function withoutTrailingTags(code) {
  return code.replace(/(?:\n@[a-zA-Z]+)+\n```$/, "\n```");
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.options.addDeclaration({
    name: "apiModules",
    help: "sterrenprogramma: the name shown for each entry point (source path → import path).",
    type: ParameterType.Mixed,
    defaultValue: {},
  });
  app.options.addDeclaration({
    name: "apiGroups",
    help: "sterrenprogramma: task groups (name → description and source paths).",
    type: ParameterType.Mixed,
    defaultValue: {},
  });
  app.options.addDeclaration({
    name: "apiDocuments",
    help: "sterrenprogramma: title and group of each project document (path → {title, group}).",
    type: ParameterType.Mixed,
    defaultValue: {},
  });

  // markdown-it's linkify turns any word ending in a top-level domain into a web link, and `.md`
  // is one (Moldova): "see decisions.md" became a link to http://decisions.md. GitHub links only
  // text that starts with http(s):// or www., so only such text is linked here too.
  // TypeDoc resets its options after loading plugins and reads them again through its readers,
  // so the setting is made by a reader of our own, after the config file's.
  app.options.addReader({
    name: "sterrenprogramma-markdown-links",
    order: 1000,
    supportsPackages: false,
    read(options) {
      options.setValue(
        "markdownItLoader",
        (/** @type {{ linkify: { set(o: { fuzzyLink: boolean }): void } }} */ parser) => {
          parser.linkify.set({ fuzzyLink: false });
        },
      );
    },
  });

  // Paths in typedoc.json are relative to the repository, where `npm run docs` runs TypeDoc.
  const root = process.cwd();
  const relativePath = (/** @type {string} */ file) => relative(root, file).split("\\").join("/");

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const documents = /** @type {Record<string, {title: string, group: string}>} */ (
      app.options.getValue("apiDocuments")
    );
    const path = document.project.files.getReflectionPath(document);
    const settings = path === undefined ? undefined : documents[relativePath(path)];
    if (settings === undefined) {
      app.logger.error(
        `typedoc-tasks: the document ${path ?? document.name} has no title and group in typedoc.json "apiDocuments"`,
      );
      return;
    }
    document.name = settings.title;
    document.frontmatter.group = settings.group;
  });

  app.renderer.on(PageEvent.END, (page) => {
    const model = page.model;
    if (!(model.isDocument() || model.isProject()) || page.contents === undefined) return;
    const ids = new Set([...page.contents.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
    // TypeDoc checks a link to another page's anchor against the anchors it made of that page's
    // headings (its "slugger"), which has no public way to add one: an explicit id is added to
    // its private `seen` map, the same as a heading's. TypeDoc is pinned exactly (package.json).
    const slugger = app.renderer.router?.getSlugger(model);
    const seen = /** @type {{ seen?: unknown }} */ (/** @type {unknown} */ (slugger))?.seen;
    if (!(seen instanceof Map)) {
      app.logger.error(
        "typedoc-tasks: TypeDoc's slugger changed; update scripts/typedoc-tasks.mjs",
      );
      return;
    }
    for (const id of ids) {
      if (!seen.has(id)) seen.set(id, 0);
    }
    for (const match of page.contents.matchAll(/\shref="#([^"]*)"/g)) {
      const anchor = decodeURIComponent(match[1] ?? "");
      if (anchor !== "" && !ids.has(anchor)) {
        app.logger.warn(
          `typedoc-tasks: ${model.name} links to #${anchor}, which is not on the page`,
        );
      }
    }
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const modules = /** @type {Record<string, string>} */ (app.options.getValue("apiModules"));
    const groups = /** @type {Record<string, {description: string, paths: string[]}>} */ (
      app.options.getValue("apiGroups")
    );
    const order = app.options.getValue("groupOrder");
    for (const group of Object.keys(groups)) {
      if (!order.includes(group)) {
        app.logger.error(`typedoc-tasks: the group "${group}" is missing from "groupOrder"`);
      }
    }

    // The house style ends a deep-frozen export's TSDoc with `@function` (or `@class`) after its
    // `@example`; TypeDoc reads an example without a code fence as code up to the end of the
    // comment, so the tag would be shown as the example's last line.
    for (const reflection of Object.values(context.project.reflections)) {
      for (const tag of reflection.comment?.blockTags ?? []) {
        if (tag.tag !== "@example") continue;
        for (const part of tag.content) {
          if (part.kind === "code") part.text = withoutTrailingTags(part.text);
        }
      }
    }

    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const file = context.getSymbolFromReflection(module)?.declarations?.[0]?.getSourceFile();
      const name = file === undefined ? undefined : modules[relativePath(file.fileName)];
      if (name === undefined) {
        app.logger.error(`typedoc-tasks: the module ${module.name} has no name in "apiModules"`);
      } else {
        module.name = name;
      }
      // The entry points sit in one group of the navigation, beside the guides.
      module.comment ??= new Comment();
      module.comment.blockTags.push(new CommentTag("@group", [{ kind: "text", text: "API" }]));

      const used = new Set();
      for (const child of module.children ?? []) {
        // Re-exports of a declaration another module documents are references: TypeDoc lists
        // them under "References" with a link to the declaration, which has its group.
        if (!(child instanceof DeclarationReflection) || child.isReference()) continue;
        const tagged = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)].some(
          (comment) => comment?.getTag("@group") !== undefined,
        );
        if (tagged) continue;
        const declaration = context.getSymbolFromReflection(child)?.declarations?.[0];
        const source =
          declaration === undefined
            ? undefined
            : relativePath(declaration.getSourceFile().fileName);
        const group = source === undefined ? undefined : groupOfFile(groups, source);
        if (group === undefined) {
          app.logger.error(
            `typedoc-tasks: ${module.name} exports ${child.name} from ${source ?? "an unknown file"}, which no group in typedoc.json "apiGroups" covers: add the file (or its folder) to the group of its task`,
          );
          continue;
        }
        used.add(group);
        child.comment ??= new Comment();
        child.comment.blockTags.push(new CommentTag("@group", [{ kind: "text", text: group }]));
      }

      for (const group of used) {
        const description = groups[group]?.description;
        if (description === undefined || description === "") continue;
        module.comment.blockTags.push(
          new CommentTag("@groupDescription", [{ kind: "text", text: `${group}\n${description}` }]),
        );
      }
    }
  });
}
