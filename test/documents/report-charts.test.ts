import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  COUNTED_CHART,
  countedStarsChart,
  MAX_STAR_BARS,
  mandatoryRatesChart,
  RATES_CHART,
  starBins,
} from "../../src/documents/svg/report-charts.js";
import type { MandatoryRate, OrganisationReport } from "../../src/stars/report-types.js";
import { asShown } from "./fixtures.js";
import { elements, htmlProblems, visibleText, xmlProblems } from "./markup-checks.js";

const rate = (title: string, required: number, completed: number): MandatoryRate => ({
  component: title.toLowerCase(),
  title,
  required,
  completed,
  late: 0,
  overdue: required - completed,
  rate: completed / required,
});

/** A small report whose figures are easy to follow by hand. */
const small: OrganisationReport = {
  asOf: "2026-06-30",
  participants: 3,
  status: { complete: 0, "on-track": 1, behind: 2 },
  // One participant with 0 stars, none with 1, two with 2.
  countedDistribution: [
    { stars: 0, participants: 1 },
    { stars: 1, participants: 0 },
    { stars: 2, participants: 2 },
  ],
  meanCounted: 4 / 3,
  mandatory: [rate("Privacy", 4, 2), rate("BHV", 3, 3), rate("Bijna", 1000, 999)],
  participation: { themes: [], learningLines: [], spearheads: [] },
  roles: [],
  trainingReturn: [],
};

const numbers = (attributes: Record<string, string>, keys: readonly string[]) =>
  keys.map((k) => Number(attributes[k]));

describe("the checkers the document tests rely on", () => {
  it("accept well-formed markup and find every kind of flaw", () => {
    expect(xmlProblems('<svg a="1"><g><title>x &amp; y</title></g><rect/></svg>')).toEqual([]);
    expect(xmlProblems("<svg><g></svg>")).not.toEqual([]);
    expect(xmlProblems("<svg>a & b</svg>")).not.toEqual([]);
    expect(xmlProblems("<svg a=1></svg>")).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"></svg>')).not.toEqual([]);
    expect(xmlProblems("<svg></svg><svg></svg>")).not.toEqual([]);
    expect(xmlProblems('<svg a="<"></svg>')).not.toEqual([]);
    expect(xmlProblems("<svg>\u0001</svg>")).not.toEqual([]);
    expect(
      htmlProblems('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"></head></html>'),
    ).toEqual([]);
    expect(htmlProblems("<html></html>")).toEqual(["no <!DOCTYPE html>"]);
  });
});

describe("countedStarsChart: the distribution of counted stars (rules A8)", () => {
  const svg = countedStarsChart(small, { target: 2 });

  it("is a well-formed, standalone and accessible SVG document", () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 640 280"/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Sterren die meetellen, per medewerker"');
    expect(svg).toContain("<title>Sterren die meetellen, per medewerker</title>");
    expect(svg).toContain(
      "<desc>Aantal medewerkers per aantal sterren dat meetelt, op 30 juni 2026: 3 medewerkers, gemiddeld 1,3 sterren.</desc>",
    );
  });

  it("draws one bar per star count, as high as its participants (hand-computed)", () => {
    // Plot 576 × 208 from (48, 24); three slots of 192, bars 80% of a slot; the scale tops at 2.
    expect(COUNTED_CHART).toMatchObject({
      width: 640,
      height: 280,
      left: 48,
      right: 16,
      top: 24,
      bottom: 48,
    });
    const bars = elements(svg, "rect", "bar").map((b) => numbers(b, ["x", "y", "width", "height"]));
    expect(bars).toEqual([
      [67.2, 128, 153.6, 104],
      [259.2, 232, 153.6, 0],
      [451.2, 24, 153.6, 208],
    ]);
    expect(svg).toContain("<title>0 sterren: 1 medewerker</title>");
    expect(svg).toContain("<title>1 ster: 0 medewerkers</title>");
    expect(svg).toContain("<title>2 sterren: 2 medewerkers</title>");
  });

  it("marks the target at the left edge of its bar, and leaves the mark out without a target", () => {
    expect(
      elements(svg, "line", "target").map((l) => numbers(l, ["x1", "x2", "y1", "y2"])),
    ).toEqual([[432, 432, 24, 232]]);
    expect(svg).toContain(">doel 2</text>");
    expect(countedStarsChart(small)).not.toContain('class="target"');
    // A target beyond the highest count: the mark stands at the right end.
    const beyond = countedStarsChart(small, { target: 15 });
    expect(elements(beyond, "line", "target")[0]?.x1).toBe("624");
  });

  it("speaks English on request, with a decimal point", () => {
    const en = countedStarsChart(small, { locale: "en" });
    expect(xmlProblems(en)).toEqual([]);
    expect(en).toContain("<title>Counted stars per participant</title>");
    expect(en).toContain("30 June 2026: 3 participants, 1.3 stars on average.");
    expect(en).toContain("<title>1 star: 0 participants</title>");
    expect(en).toContain(">counted stars</text>");
  });

  it("groups more than 40 star counts into ranges of equal width, so the chart stays bounded", () => {
    const distribution = Array.from({ length: 100 }, (_, stars) => ({ stars, participants: 1 }));
    const bins = starBins(distribution);
    // ⌈100 / 40⌉ = 3 stars per bar: 34 bars, the last one holding 99 alone.
    expect(bins).toHaveLength(34);
    expect(bins[0]).toEqual({ from: 0, to: 2, participants: 3 });
    expect(bins[33]).toEqual({ from: 99, to: 99, participants: 1 });
    expect(bins.reduce((s, b) => s + b.participants, 0)).toBe(100);
    const huge = Array.from({ length: 10_000 }, (_, stars) => ({ stars, participants: stars % 7 }));
    const svg = countedStarsChart({ ...small, participants: 1, countedDistribution: huge });
    expect(elements(svg, "rect", "bar").length).toBeLessThanOrEqual(MAX_STAR_BARS);
    expect(svg.length).toBeLessThan(20_000);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain("<title>0–249 sterren:");
  });

  it("says so when there are no participants", () => {
    const none = countedStarsChart({
      ...small,
      participants: 0,
      countedDistribution: [],
      meanCounted: 0,
    });
    expect(xmlProblems(none)).toEqual([]);
    expect(none).toContain(">Geen medewerkers</text>");
    expect(elements(none, "rect", "bar")).toEqual([]);
  });
});

describe("mandatoryRatesChart: completion of the mandatory components (rules A8)", () => {
  const svg = mandatoryRatesChart(small);

  it("draws a bar per component, as long as its rate (hand-computed), labelled by title", () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(RATES_CHART).toMatchObject({ barX: 258, barWidth: 326, top: 10, row: 26, bar: 16 });
    const bars = elements(svg, "rect", "bar").map((b) => numbers(b, ["x", "y", "width", "height"]));
    expect(bars).toEqual([
      [258, 15, 163, 16],
      [258, 41, 326, 16],
      [258, 67, 325.7, 16],
    ]);
    const text = visibleText(svg);
    expect(text).toContain("Privacy");
    expect(text).toContain("50%");
    expect(text).toContain("100%");
    // 999 of 1,000 is not done: never "100%" before every obligation is met.
    expect(svg).toContain("<title>Bijna: 999 van 1.000 verplichtingen afgerond (99%)</title>");
    expect(svg).toContain("<title>Privacy: 2 van 4 verplichtingen afgerond (50%)</title>");
    expect(svg).not.toContain("privacy");
  });

  it("speaks English on request", () => {
    const en = mandatoryRatesChart(small, { locale: "en" });
    expect(en).toContain("<title>Bijna: 999 of 1,000 obligations met (99%)</title>");
    expect(en).toContain("<title>Mandatory components: share of obligations met</title>");
  });

  it("shortens a long title beside its bar and gives it whole in the row's title", () => {
    const long = "Een heel lange titel van een verplicht onderdeel dat nooit ophoudt";
    const out = mandatoryRatesChart({ ...small, mandatory: [rate(long, 2, 1)] });
    expect(out).toContain(`<title>${long}: 1 van 2 verplichtingen afgerond (50%)</title>`);
    expect(out).toContain(">Een heel lange titel van een…</text>");
  });

  it("says so when there are no mandatory components", () => {
    const none = mandatoryRatesChart({ ...small, mandatory: [] });
    expect(xmlProblems(none)).toEqual([]);
    expect(none).toContain(">Geen verplichte onderdelen</text>");
  });
});

const hostile = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"onload="alert(1)',
    "' onmouseover='x",
    "Tom & Jerry",
    "a\u0000b\u001bc",
    "]]></title><svg onload=x>",
    "\uD800",
  ),
  fc.string({ unit: "binary", minLength: 1, maxLength: 30 }),
);

describe("hostile titles arrive escaped in both charts (property)", () => {
  const tags = new Set(["svg", "title", "desc", "g", "text", "rect", "line"]);
  const attributes = new Set(
    "xmlns viewBox width height role aria-label font-family font-size x y x1 y1 x2 y2 fill stroke stroke-width stroke-dasharray text-anchor transform class".split(
      " ",
    ),
  );
  test.prop([fc.array(hostile, { minLength: 1, maxLength: 4 }), fc.constantFrom("nl", "en")])(
    "the SVG stays well-formed, holds only the chart's own elements and attributes, and says each title",
    (titles, locale) => {
      const report = { ...small, mandatory: titles.map((t) => rate(t, 2, 1)) };
      for (const svg of [
        mandatoryRatesChart(report, { locale }),
        countedStarsChart(report, { locale }),
      ]) {
        expect(xmlProblems(svg)).toEqual([]);
        for (const m of svg.matchAll(/<([A-Za-z][^\s/>]*)/g)) expect(tags).toContain(m[1]);
        for (const m of svg.matchAll(/<[A-Za-z][^>]*>/g))
          for (const a of m[0].matchAll(/\s([^\s=]+)="/g)) expect(attributes).toContain(a[1]);
      }
      const text = visibleText(mandatoryRatesChart(report, { locale }));
      for (const t of titles) {
        expect(text).toContain(asShown(t));
      }
    },
  );
});
