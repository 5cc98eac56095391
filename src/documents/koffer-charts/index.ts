/**
 * The koffer made visible (rules B3, B4, B6): SVG charts as pure functions over the koffer engine's
 * results. These modules import the koffer engine and the documents' escaping only, never the star
 * rules: an app that scores koffers carries no programme code for its charts (a test bundles them).
 */
export {
  type KofferChartFigure,
  type KofferRoundsChartOptions,
  type KofferTeamsChartOptions,
  kofferRoundsChart,
  kofferTeamsChart,
  maxChartTeams,
} from "./compare.js";
export {
  type KofferChartOptions,
  type KofferStripChartData,
  kofferStripChart,
  stripBins,
} from "./strip.js";
