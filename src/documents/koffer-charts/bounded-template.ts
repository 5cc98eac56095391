import type { KofferTemplate } from "../../koffer/template.js";
import { bounded, maxChartText } from "./svg.js";

/**
 * The template as a chart shows it: its name and category labels cut to `maxChartText`, the rest
 * as it is. The input is not changed; a template whose texts all fit is returned as it is.
 */
export function boundedTemplate(template: KofferTemplate): KofferTemplate {
  const fits =
    template.name.length <= maxChartText &&
    template.categories.every((c) => c.label.length <= maxChartText);
  if (fits) return template;
  return {
    ...template,
    name: bounded(template.name),
    categories: template.categories.map((c) => ({ ...c, label: bounded(c.label) })),
  };
}
