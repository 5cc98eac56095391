/**
 * The browser test's checks of the koffer charts on the example page (examples/browser,
 * team-charts.ts): the SVG is in the page, has the marks the team's sheets call for, and a
 * screenshot shows them — the pixels where a mark must be have its colour. Called from
 * scripts/browser-e2e.ts once the page's sheet is valid.
 *
 * The expected values are worked out by hand from team-charts.ts: the colleagues anouk, bram,
 * chris and dewi hand out 30, 22, 16, 12, 9, 6, 4, 1 shifted 1, 3, 4 and 6 boxes along, so on
 * "Netwerken" (the first box) they give 22, 12, 9 and 4; the page's sheet gives it 20.
 */
import type { Page } from "playwright-core";
import { decodePng, type Png, pixelAt } from "./png.js";

type Check = (name: string, run: () => Promise<void>) => Promise<void>;

class ChartCheckFailed extends Error {}

function expectEqual(what: string, seen: unknown, expected: unknown): void {
  if (JSON.stringify(seen) !== JSON.stringify(expected)) {
    throw new ChartCheckFailed(
      `${what}: expected ${JSON.stringify(expected)}, the page has ${JSON.stringify(seen)}`,
    );
  }
}

/** The colours of the marks (src/documents/koffer-charts/svg.ts), as RGB. */
const colour = {
  highest: [0xd5, 0x5e, 0x00],
  lowest: [0x00, 0x72, 0xb2],
  sheet: [0x7b, 0x87, 0x94],
  teamScore: [0, 0, 0],
  white: [255, 255, 255],
} as const;

/** Whether a pixel is within `tolerance` of a colour on every channel (anti-aliasing, scaling). */
function near(seen: readonly number[], expected: readonly number[], tolerance = 48): boolean {
  return expected.every((c, i) => Math.abs((seen[i] as number) - c) <= tolerance);
}

/** The centre of an element on the page, in CSS pixels (= screenshot pixels at scale 1). */
async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (box === null) throw new ChartCheckFailed(`${selector} is not on the page`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The checks of the charts, in Dutch, with the page's valid sheet in the team. */
export async function chartChecks(page: Page, check: Check): Promise<void> {
  const team = "#team-chart svg";

  await check("the team chart is in the page: an accessible SVG, one row per box", async () => {
    await page.locator(team).waitFor({ timeout: 5_000 });
    const facts = await page.locator(team).evaluate((svg) => ({
      namespace: svg.namespaceURI,
      role: svg.getAttribute("role"),
      title: svg.querySelector(":scope > title")?.textContent,
      rows: svg.querySelectorAll(".koffer-row").length,
      teamScores: svg.querySelectorAll(".koffer-team-score").length,
    }));
    expectEqual("team chart", facts, {
      namespace: "http://www.w3.org/2000/svg",
      role: "img",
      title: "Punten per categorie: Voorbeeld: connectiekoffer (soft skills voor ondernemerschap)",
      rows: 8,
      teamScores: 8,
    });
  });

  await check(
    "every box shows five sheets, one highest and one lowest score (rules B3)",
    async () => {
      const rows = await page.locator(`${team} .koffer-row`).evaluateAll((groups) =>
        groups.map((row) => {
          const dots = [...row.querySelectorAll(".koffer-sheets")];
          return {
            sheets: dots.reduce((sum, dot) => sum + Number(dot.getAttribute("data-count")), 0),
            highest: row.querySelectorAll(".koffer-highest").length,
            lowest: row.querySelectorAll(".koffer-lowest").length,
          };
        }),
      );
      expectEqual(
        "rows",
        rows,
        Array.from({ length: 8 }, () => ({ sheets: 5, highest: 1, lowest: 1 })),
      );
      const netwerken = await page.locator(`${team} .koffer-row[data-row="0"]`).evaluate((row) => ({
        values: [...row.querySelectorAll(".koffer-sheets")].map((d) =>
          d.getAttribute("data-value"),
        ),
        highest: row.querySelector(".koffer-highest > title")?.textContent,
        lowest: row.querySelector(".koffer-lowest > title")?.textContent,
      }));
      expectEqual("Netwerken", netwerken, {
        values: ["4", "9", "12", "20", "22"],
        highest: "1 vel met 22 punten; hoogste score: anouk",
        lowest: "1 vel met 4 punten; laagste score: dewi",
      });
    },
  );

  await check(
    "the screenshot shows the marks: highest, lowest, a sheet, the team score",
    async () => {
      const svg = page.locator(team);
      await svg.scrollIntoViewIfNeeded();
      const box = await svg.boundingBox();
      if (box === null) throw new ChartCheckFailed("the team chart has no box");
      const png: Png = decodePng(await page.screenshot({ clip: box }));
      /** The pixel of the screenshot at a page position. */
      const at = (point: { x: number; y: number }) =>
        pixelAt(png, Math.round(point.x - box.x), Math.round(point.y - box.y));
      const row = `${team} .koffer-row[data-row="0"]`;
      const marks = {
        highest: await centreOf(page, `${row} .koffer-highest`),
        lowest: await centreOf(page, `${row} .koffer-lowest`),
        sheet: await centreOf(page, `${row} .koffer-sheets[data-value="12"]`),
      };
      for (const [name, point] of Object.entries(marks)) {
        const seen = at(point);
        const expected = colour[name as keyof typeof marks];
        if (!near(seen, expected)) {
          throw new ChartCheckFailed(
            `${name} mark: pixel ${seen} at ${JSON.stringify(point)}, not ${expected}`,
          );
        }
      }
      // The team score's bar: 3 units wide, so look for black across its width, above the dots.
      const bar = await page.locator(`${row} .koffer-team-score line`).boundingBox();
      if (bar === null) throw new ChartCheckFailed("the team score has no box");
      const y = bar.y + 4;
      const darkest = [-1, 0, 1].map((dx) => at({ x: bar.x + bar.width / 2 + dx, y }));
      if (!darkest.some((seen) => near(seen, colour.teamScore, 80))) {
        throw new ChartCheckFailed(`team score bar: pixels ${darkest.join(" | ")}, none black`);
      }
      // And where nothing is drawn the chart is white: the checks above can fail.
      const empty = at({ x: box.x + box.width - 6, y: box.y + 6 });
      if (!near(empty, colour.white, 8)) throw new ChartCheckFailed(`background: pixel ${empty}`);
    },
  );

  await check(
    "the rounds and the teams compared: bars per box, named by date and team",
    async () => {
      // No named helper inside `evaluate`: tsx would wrap it in a `__name` the page lacks.
      const facts = await page.locator("body").evaluate((body) => ({
        before: body.querySelectorAll("#rounds-chart .koffer-before").length,
        after: body.querySelectorAll("#rounds-chart .koffer-after").length,
        roundsLegend: [...body.querySelectorAll("#rounds-chart .koffer-legend text")].map(
          (e) => e.textContent,
        ),
        teamBars: body.querySelectorAll("#teams-chart .koffer-team").length,
        teamsLegend: [...body.querySelectorAll("#teams-chart .koffer-legend text")].map(
          (e) => e.textContent,
        ),
      }));
      expectEqual("comparisons", facts, {
        before: 8,
        after: 8,
        roundsLegend: ["15 september 2025", "16 maart 2026"],
        teamBars: 16,
        teamsLegend: ["Ons team", "Team Jeugd"],
      });
    },
  );
}

/** After the switch to English: the charts speak English too. */
export async function chartChecksInEnglish(page: Page, check: Check): Promise<void> {
  await check("the charts follow the English switch", async () => {
    const facts = await page.locator("body").evaluate((body) => ({
      lang: body.querySelector("#team-chart svg")?.getAttribute("lang"),
      title: body.querySelector("#team-chart svg > title")?.textContent,
      rounds: body.querySelector("#rounds-chart svg > title")?.textContent,
      teamsLegend: [...body.querySelectorAll("#teams-chart .koffer-legend text")].map(
        (e) => e.textContent,
      ),
    }));
    expectEqual("charts in English", facts, {
      lang: "en",
      title: "Points per category: Voorbeeld: connectiekoffer (soft skills voor ondernemerschap)",
      rounds: "Two rounds compared: team score per category",
      teamsLegend: ["Our team", "Team Jeugd"],
    });
  });
}
