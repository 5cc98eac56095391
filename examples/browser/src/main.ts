/**
 * A koffer sheet (koffervel) in the browser: a team member hands out the budget over the
 * categories of one of the shipped example templates and sees, while typing, the points used, the
 * problems the library's own sheet validation finds (rules B2: over the budget, a tie, not a whole
 * number, negative, …) and, once the sheet is valid, the ranking it implies.
 *
 * Every rule and every diagnostic text comes from `sterrenprogramma/koffer`, imported as built
 * (see vite.config.ts); this file only reads the form and writes the page. The few texts of its
 * own (headings, labels) are in `ui` below, in Dutch and English.
 */
import {
  type BudgetRule,
  type CategoryRank,
  exampleCollectieTemplate,
  exampleConnectieTemplate,
  type KofferDiagnostic,
  type KofferSheetInput,
  type KofferTemplate,
  type Locale,
  rankSheet,
  validateSheet,
  validateTemplate,
} from "sterrenprogramma/koffer";
import { renderTeamCharts } from "./team-charts.js";

/** The page's own texts; typed per locale so that a missing English text fails to compile. */
interface UiText {
  readonly title: string;
  readonly intro: string;
  readonly language: string;
  readonly koffer: string;
  readonly rule: string;
  readonly ruleName: { readonly [R in BudgetRule]: (budget: number) => string };
  readonly smallStep: string;
  readonly largeStep: string;
  readonly statusHeading: string;
  readonly rankingHeading: string;
  readonly pointsUsed: (total: number, budget: number, rule: string) => string;
  readonly valid: string;
  readonly problems: (count: number) => string;
  readonly points: (points: number) => string;
}

const ui: { readonly [L in Locale]: UiText } = {
  nl: {
    title: "Koffervel",
    intro:
      "Verdeel de punten over de vakjes: geef de meeste punten aan wat je team het meest nodig heeft. Twee vakjes mogen niet evenveel punten krijgen.",
    language: "Taal",
    koffer: "Koffer",
    rule: "Regel",
    ruleName: { "at-most": (b) => `maximaal ${b}`, exactly: (b) => `precies ${b}` },
    smallStep: "Kleine stap",
    largeStep: "Grote stap",
    statusHeading: "Stand",
    rankingHeading: "Rangorde",
    pointsUsed: (total, budget, rule) => `Punten gebruikt: ${total} / ${budget} (${rule}).`,
    valid: "Het vel is geldig.",
    problems: (n) => (n === 1 ? "1 probleem." : `${n} problemen.`),
    points: (p) => (p === 1 ? "1 punt" : `${p} punten`),
  },
  en: {
    title: "Koffer sheet",
    intro:
      "Hand out the points over the boxes: give the most points to what your team needs most. No two boxes may get the same points.",
    language: "Language",
    koffer: "Koffer",
    rule: "Rule",
    ruleName: { "at-most": (b) => `at most ${b}`, exactly: (b) => `exactly ${b}` },
    smallStep: "Small step",
    largeStep: "Large step",
    statusHeading: "Status",
    rankingHeading: "Ranking",
    pointsUsed: (total, budget, rule) => `Points used: ${total} / ${budget} (${rule}).`,
    valid: "The sheet is valid.",
    problems: (n) => (n === 1 ? "1 problem." : `${n} problems.`),
    points: (p) => (p === 1 ? "1 point" : `${p} points`),
  },
};

const templates: readonly KofferTemplate[] = [exampleConnectieTemplate, exampleCollectieTemplate];
const rules: readonly BudgetRule[] = ["at-most", "exactly"];

/** The element with this id; the page is ours, so a missing one is a bug in index.html. */
function byId<E extends HTMLElement>(id: string, type: new () => E): E {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`index.html has no ${type.name} #${id}`);
  return element;
}

const el = {
  title: byId("title", HTMLHeadingElement),
  intro: byId("intro", HTMLParagraphElement),
  localeLabel: byId("locale-label", HTMLLabelElement),
  locale: byId("locale", HTMLSelectElement),
  templateLabel: byId("template-label", HTMLLabelElement),
  template: byId("template", HTMLSelectElement),
  ruleLabel: byId("rule-label", HTMLLabelElement),
  rule: byId("rule", HTMLSelectElement),
  sheet: byId("sheet", HTMLFormElement),
  statusHeading: byId("status-heading", HTMLHeadingElement),
  status: byId("status", HTMLParagraphElement),
  diagnostics: byId("diagnostics", HTMLUListElement),
  rankingSection: byId("ranking-section", HTMLElement),
  rankingHeading: byId("ranking-heading", HTMLHeadingElement),
  ranking: byId("ranking", HTMLOListElement),
};

interface State {
  locale: Locale;
  templateIndex: number;
  rule: BudgetRule;
  /** What each input holds, by category id, so that a switch of language keeps the sheet. */
  readonly values: Map<string, string>;
}

const state: State = { locale: "nl", templateIndex: 0, rule: "at-most", values: new Map() };

/**
 * The chosen example with the chosen budget rule. The shipped examples are `at-most`; the
 * `exactly` variant goes through `validateTemplate`, as any template of an organisation would.
 */
function currentTemplate(): ReturnType<typeof validateTemplate> {
  const example = templates[state.templateIndex] ?? exampleConnectieTemplate;
  return validateTemplate({ ...example, budgetRule: state.rule });
}

function inputId(index: number): string {
  return `points-${index}`;
}

/** Builds one labelled number input per category, with its small and large step examples. */
function renderSheet(template: KofferTemplate): void {
  const t = ui[state.locale];
  el.sheet.replaceChildren(
    ...template.categories.map((category, i) => {
      const row = document.createElement("div");
      row.className = "category";
      const label = document.createElement("label");
      label.htmlFor = inputId(i);
      label.textContent = category.label;
      const input = document.createElement("input");
      input.id = inputId(i);
      input.type = "number";
      input.min = "0";
      input.step = "1";
      input.inputMode = "numeric";
      input.dataset.category = category.id;
      input.value = state.values.get(category.id) ?? "";
      const steps = document.createElement("p");
      steps.className = "steps";
      steps.id = `steps-${i}`;
      const lines: string[] = [];
      if (category.description !== undefined) lines.push(category.description);
      if (category.smallStep !== undefined) lines.push(`${t.smallStep}: ${category.smallStep}`);
      if (category.largeStep !== undefined) lines.push(`${t.largeStep}: ${category.largeStep}`);
      steps.textContent = lines.join(" · ");
      if (lines.length > 0) input.setAttribute("aria-describedby", steps.id);
      row.append(label, steps, input);
      return row;
    }),
  );
}

/**
 * The sheet as the form holds it, in the library's input format. An empty box is left out, so
 * the library reports it as `missing-category`; text a number input cannot hold (`badInput`)
 * becomes `NaN`, which the library reports as not a whole number. `Object.fromEntries` defines
 * own keys, so even a category id such as `__proto__` stays an ordinary score.
 */
function readForm(): KofferSheetInput {
  const entries: [string, number][] = [];
  for (const input of el.sheet.querySelectorAll<HTMLInputElement>("input[data-category]")) {
    const id = input.dataset.category ?? "";
    if (input.validity.badInput) entries.push([id, Number.NaN]);
    else if (input.value.trim() !== "") entries.push([id, Number(input.value)]);
  }
  return { scores: Object.fromEntries(entries) };
}

/** The categories a diagnostic is about: the one its path leads to, or the tied ones. */
function categoriesOf(diagnostic: KofferDiagnostic): readonly string[] {
  if (diagnostic.code === "tie") return diagnostic.params.categories;
  const [field, category] = diagnostic.path;
  return field === "scores" && typeof category === "string" ? [category] : [];
}

function renderDiagnostics(diagnostics: readonly KofferDiagnostic[]): void {
  el.diagnostics.replaceChildren(
    ...diagnostics.map((d) => {
      const item = document.createElement("li");
      item.dataset.code = d.code;
      const code = document.createElement("code");
      code.textContent = d.code;
      item.append(`${d.message[state.locale]} `, code);
      return item;
    }),
  );
  const flagged = new Set(diagnostics.flatMap(categoriesOf));
  for (const input of el.sheet.querySelectorAll<HTMLInputElement>("input[data-category]")) {
    if (flagged.has(input.dataset.category ?? "")) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }
}

function renderRanking(template: KofferTemplate, ranks: readonly CategoryRank[] | null): void {
  el.rankingSection.hidden = ranks === null;
  if (ranks === null) {
    el.ranking.replaceChildren();
    return;
  }
  const labels = new Map(template.categories.map((c) => [c.id, c.label]));
  const t = ui[state.locale];
  el.ranking.replaceChildren(
    ...[...ranks]
      .sort((a, b) => a.rank - b.rank)
      .map((r) => {
        const item = document.createElement("li");
        item.textContent = `${labels.get(r.category) ?? r.category}: ${t.points(r.points)}`;
        return item;
      }),
  );
}

/** Validates the sheet as it stands and shows the result. */
function evaluate(): void {
  const t = ui[state.locale];
  const templateResult = currentTemplate();
  if (!templateResult.ok) {
    el.status.textContent = t.problems(templateResult.diagnostics.length);
    renderDiagnostics(templateResult.diagnostics);
    renderRanking(exampleConnectieTemplate, null);
    return;
  }
  const template = templateResult.value;
  const input = readForm();
  const total = Object.values(input.scores)
    .filter(Number.isFinite)
    .reduce((sum, p) => sum + p, 0);
  const used = t.pointsUsed(
    total,
    template.budget,
    t.ruleName[template.budgetRule](template.budget),
  );
  const result = validateSheet(template, input);
  if (result.ok) {
    el.status.textContent = `${used} ${t.valid}`;
    renderDiagnostics([]);
    renderRanking(template, rankSheet(template, result.value));
  } else {
    el.status.textContent = `${used} ${t.problems(result.diagnostics.length)}`;
    renderDiagnostics(result.diagnostics);
    renderRanking(template, null);
  }
  // The team's charts: the sheet joins the colleagues' once it is valid (team-charts.ts).
  renderTeamCharts(template, result.ok ? input : null, state.locale);
}

function options(select: HTMLSelectElement, items: readonly [string, string][], value: string) {
  select.replaceChildren(
    ...items.map(([key, text]) => {
      const option = document.createElement("option");
      option.value = key;
      option.textContent = text;
      return option;
    }),
  );
  select.value = value;
}

/** Writes every text of the page in the chosen language, then the sheet and its evaluation. */
function render(): void {
  const t = ui[state.locale];
  document.documentElement.lang = state.locale;
  document.title = t.title;
  el.title.textContent = t.title;
  el.intro.textContent = t.intro;
  el.localeLabel.textContent = t.language;
  el.templateLabel.textContent = t.koffer;
  el.ruleLabel.textContent = t.rule;
  el.statusHeading.textContent = t.statusHeading;
  el.rankingHeading.textContent = t.rankingHeading;
  el.locale.value = state.locale;
  options(
    el.template,
    templates.map((template, i) => [String(i), template.name]),
    String(state.templateIndex),
  );
  const budget = (templates[state.templateIndex] ?? exampleConnectieTemplate).budget;
  options(
    el.rule,
    rules.map((rule) => [rule, t.ruleName[rule](budget)]),
    state.rule,
  );
  const template = currentTemplate();
  renderSheet(template.ok ? template.value : exampleConnectieTemplate);
  evaluate();
}

el.locale.addEventListener("change", () => {
  state.locale = el.locale.value === "en" ? "en" : "nl";
  render();
});
el.template.addEventListener("change", () => {
  state.templateIndex = Number(el.template.value);
  state.values.clear();
  render();
});
el.rule.addEventListener("change", () => {
  state.rule = el.rule.value === "exactly" ? "exactly" : "at-most";
  render();
});
el.sheet.addEventListener("input", (event) => {
  const target = event.target;
  if (target instanceof HTMLInputElement && target.dataset.category !== undefined) {
    state.values.set(target.dataset.category, target.value);
  }
  evaluate();
});
// The form has no submit: everything is shown while typing; Enter must not reload the page.
el.sheet.addEventListener("submit", (event) => event.preventDefault());

render();
