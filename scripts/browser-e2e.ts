/**
 * End-to-end test of the browser example (examples/browser): builds the page with Vite against the
 * built package (dist/), serves it on 127.0.0.1, drives it in headless Chromium (Debian's
 * `chromium`, through playwright-core) and checks what a team member sees: the points used, an
 * over-budget problem, a tie naming the tied categories, a valid sheet and its ranking, the
 * English switch and the `exactly` rule (rules B1–B2). The expected texts are the library's own
 * messages, written out here by hand from src/koffer/i18n.
 *
 * Run: `npm run build && npm run test:browser`. Not part of `npm test`: a newcomer may have no
 * Chromium (`bash scripts/ensure-chromium.sh` installs it). Needs no network.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Locator, type Page } from "playwright-core";
import { build } from "vite";
import { chartChecks, chartChecksInEnglish } from "./browser-e2e-charts.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const exampleRoot = join(repo, "examples", "browser");
const builtKoffer = join(repo, "dist", "koffer.js");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** How long one check waits for the page to show what it expects. */
const patience = 5_000;

class CheckFailed extends Error {}

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json; charset=utf-8",
};

/** A static file server for one folder on 127.0.0.1, on a port the system picks. */
async function serve(folder: string): Promise<{ server: Server; base: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    const file = normalize(join(folder, pathname === "/" ? "index.html" : pathname));
    // Only files inside the folder: `..` in a URL must not read the rest of the disk.
    if (!file.startsWith(folder + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = contentTypes[extname(file)] ?? "application/octet-stream";
        response.writeHead(200, { "content-type": type }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", done);
  });
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}/` };
}

/** Waits until `read` gives what `expected` wants, or fails with what the page showed instead. */
async function waitFor(what: string, read: () => Promise<string>, expected: string | RegExp) {
  const deadline = Date.now() + patience;
  let seen = "";
  for (;;) {
    seen = await read();
    if (typeof expected === "string" ? seen === expected : expected.test(seen)) return;
    if (Date.now() > deadline) {
      throw new CheckFailed(
        `${what}: expected ${JSON.stringify(String(expected))}, the page shows ${JSON.stringify(seen)}`,
      );
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

const text = (locator: Locator) => async () => ((await locator.textContent()) ?? "").trim();
const texts = (locator: Locator) => async () =>
  (await locator.allTextContents()).map((t) => t.trim()).join(" | ");
const attribute = (locator: Locator, name: string) => async () =>
  (await locator.getAttribute(name)) ?? "(none)";

let passed = 0;
async function check(name: string, run: () => Promise<void>): Promise<void> {
  await run();
  passed++;
  console.log(`ok - ${name}`);
}

/** Fills the boxes by their visible labels (which also checks that each label is bound). */
async function fill(page: Page, points: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(points)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
}

async function scenario(page: Page): Promise<void> {
  const status = page.locator("#status");
  const problems = page.locator("#diagnostics li");
  const problem = (code: string) => page.locator(`#diagnostics li[data-code="${code}"]`);
  const ranking = page.locator("#ranking li");

  await check("the status is an aria-live region", async () => {
    await waitFor("aria-live", attribute(status, "aria-live"), "polite");
  });

  await check("an empty connectie sheet: 0 of 100 points, 8 categories still missing", async () => {
    // The example connectie template has 8 categories and a budget of at most 100 (rules B1).
    await waitFor("status", text(status), "Punten gebruikt: 0 / 100 (maximaal 100). 8 problemen.");
    await waitFor("missing", async () => String(await problem("missing-category").count()), "8");
  });

  await check("every category has a labelled input with its small and large step", async () => {
    const labels = [
      "Netwerken",
      "Klantcontact",
      "Samenwerken",
      "Creativiteit",
      "Initiatief",
      "Communicatie",
      "Flexibiliteit",
      "Omgevingsbewustzijn",
    ];
    for (const label of labels) {
      await waitFor(label, async () => String(await page.getByLabel(label).count()), "1");
    }
    const describedBy = await page.getByLabel("Netwerken").getAttribute("aria-describedby");
    await waitFor(
      "steps of Netwerken",
      text(page.locator(`#${describedBy ?? "none"}`)),
      "Kleine stap: Op een bijeenkomst van de gemeente twee nieuwe mensen aanspreken. · Grote stap: Een vast overleg opzetten met scholen, welzijn en ondernemers in de wijk.",
    );
  });

  await check("over the budget: 60 + 50 = 110 of at most 100 (rules B2)", async () => {
    await fill(page, { Netwerken: "60", Klantcontact: "50" });
    // Six categories are still empty: 6 missing-category + 1 over-budget.
    await waitFor(
      "status",
      text(status),
      "Punten gebruikt: 110 / 100 (maximaal 100). 7 problemen.",
    );
    await waitFor(
      "over-budget",
      text(problem("over-budget")),
      "Het vel verdeelt 110 punten, meer dan het budget van 100 punten. over-budget",
    );
  });

  await check("a tie names the tied categories and their points (rules B2)", async () => {
    // 20 + 25 + 20 + 10 + 12 + 8 + 3 + 2 = 100: within the budget, but two boxes at 20.
    await fill(page, {
      Netwerken: "20",
      Klantcontact: "25",
      Samenwerken: "20",
      Creativiteit: "10",
      Initiatief: "12",
      Communicatie: "8",
      Flexibiliteit: "3",
      Omgevingsbewustzijn: "2",
    });
    await waitFor("status", text(status), "Punten gebruikt: 100 / 100 (maximaal 100). 1 probleem.");
    await waitFor(
      "problems",
      texts(problems),
      "Twee vakjes mogen niet evenveel punten krijgen: Netwerken en Samenwerken hebben allebei 20 punten. tie",
    );
    await waitFor(
      "Netwerken flagged",
      attribute(page.getByLabel("Netwerken"), "aria-invalid"),
      "true",
    );
    await waitFor(
      "Samenwerken flagged",
      attribute(page.getByLabel("Samenwerken"), "aria-invalid"),
      "true",
    );
    await waitFor(
      "Klantcontact not flagged",
      attribute(page.getByLabel("Klantcontact"), "aria-invalid"),
      "(none)",
    );
    await waitFor("no ranking", async () => String(await ranking.count()), "0");
  });

  await check("not a whole number, then negative (rules B2)", async () => {
    await fill(page, { Samenwerken: "18", Flexibiliteit: "2.5" });
    await waitFor(
      "not-an-integer",
      texts(problems),
      "De punten voor Flexibiliteit moeten een heel getal zijn; gevonden 2.5. not-an-integer",
    );
    await fill(page, { Flexibiliteit: "-3" });
    await waitFor(
      "negative",
      texts(problems),
      "De punten voor Flexibiliteit mogen niet negatief zijn; gevonden -3. negative",
    );
  });

  await check("a valid sheet shows its ranking, most points first (rules B2)", async () => {
    // 20 + 25 + 18 + 10 + 12 + 8 + 5 + 2 = 100, all different.
    await fill(page, { Flexibiliteit: "5" });
    await waitFor(
      "status",
      text(status),
      "Punten gebruikt: 100 / 100 (maximaal 100). Het vel is geldig.",
    );
    await waitFor("no problems", async () => String(await problems.count()), "0");
    await waitFor(
      "ranking",
      texts(ranking),
      [
        "Klantcontact: 25 punten",
        "Netwerken: 20 punten",
        "Samenwerken: 18 punten",
        "Initiatief: 12 punten",
        "Creativiteit: 10 punten",
        "Communicatie: 8 punten",
        "Flexibiliteit: 5 punten",
        "Omgevingsbewustzijn: 2 punten",
      ].join(" | "),
    );
  });

  // The team's koffer charts, with the valid sheet in the team (browser-e2e-charts.ts).
  await chartChecks(page, check);

  await check("the English switch keeps the sheet and translates the page", async () => {
    await page.getByLabel("Taal").selectOption("en");
    await waitFor("html lang", attribute(page.locator("html"), "lang"), "en");
    await waitFor(
      "status",
      text(status),
      "Points used: 100 / 100 (at most 100). The sheet is valid.",
    );
    await waitFor("ranking heading", text(page.locator("#ranking-heading")), "Ranking");
    await waitFor("first rank", text(ranking.first()), "Klantcontact: 25 points");
    await waitFor("label kept", async () => page.getByLabel("Netwerken").inputValue(), "20");
  });
  await chartChecksInEnglish(page, check);

  await check("the exactly rule in English: 99 of exactly 100 (rules B1)", async () => {
    await page.getByLabel("Rule").selectOption("exactly");
    await fill(page, { Communicatie: "7" });
    await waitFor("status", text(status), "Points used: 99 / 100 (exactly 100). 1 problem.");
    await waitFor(
      "under-budget",
      texts(problems),
      "The sheet hands out 99 points instead of exactly 100 points. under-budget",
    );
    await fill(page, { Communicatie: "8" });
    await waitFor(
      "status",
      text(status),
      "Points used: 100 / 100 (exactly 100). The sheet is valid.",
    );
  });

  await check("the other example koffer: collectie, an empty sheet of 6 categories", async () => {
    await page
      .getByLabel("Koffer")
      .selectOption({ label: "Voorbeeld: collectiekoffer (collectie en informatie)" });
    // The rule chosen before (exactly) stays; the 6 collectie boxes start empty.
    await waitFor("status", text(status), "Points used: 0 / 100 (exactly 100). 6 problems.");
    await waitFor(
      "a collectie box",
      async () => String(await page.getByLabel("Mediawijsheid").count()),
      "1",
    );
  });
}

async function main(): Promise<number> {
  if (!existsSync(builtKoffer)) {
    console.error("browser-e2e: dist/koffer.js is missing. Run `npm run build` first.");
    return 1;
  }
  if (!existsSync(chromiumPath)) {
    console.error(
      `browser-e2e: no Chromium at ${chromiumPath}. Run \`bash scripts/ensure-chromium.sh\` (Debian's chromium), or set CHROMIUM_PATH.`,
    );
    return 1;
  }

  const outDir = await mkdtemp(join(tmpdir(), "koffer-browser-"));
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    await build({
      configFile: join(exampleRoot, "vite.config.ts"),
      root: exampleRoot,
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    if (!(await stat(join(outDir, "index.html"))).isFile()) throw new Error("no index.html built");
    const served = await serve(resolve(outDir));
    server = served.server;

    browser = await chromium.launch({
      executablePath: chromiumPath,
      // Without the background-networking flags Chromium tries to reach Google's hosts, which
      // this machine's closed network refuses (see the machine notes).
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      timeout: 30_000,
    });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") {
        pageErrors.push(`${message.text()} (${message.location().url})`);
      }
    });
    page.on("request", (request) => {
      if (!request.url().startsWith(served.base)) pageErrors.push(`request to ${request.url()}`);
    });
    await page.goto(served.base);
    await scenario(page);
    // For a person to look at what was checked: `BROWSER_E2E_SCREENSHOT=/tmp/page.png`.
    const screenshot = process.env.BROWSER_E2E_SCREENSHOT;
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    await check("no script errors, console errors or outside requests", async () => {
      if (pageErrors.length > 0) throw new CheckFailed(pageErrors.join("; "));
    });
    console.log(`\n${passed} passed, 0 failed`);
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`not ok - ${reason}`);
    console.log(`\n${passed} passed, 1 failed`);
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    await rm(outDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
