import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Statement } from "../../src/stars/types.js";
import { exampleStatements } from "./timezone-fixture.js";

const fixturePath = fileURLToPath(new URL("./timezone-fixture.ts", import.meta.url));
const root = fileURLToPath(new URL("../..", import.meta.url));

interface FixtureOutput {
  readonly zone: {
    readonly timeZone: string;
    readonly locale: string;
    readonly offsetJanuary: number;
    readonly offsetNow: number;
  };
  readonly statements: Statement[];
}

/** Runs the fixture in a child process with its own time zone and locale. */
function runIn(timeZone: string, locale: string): FixtureOutput {
  const output = execFileSync(process.execPath, ["--import", "tsx", fixturePath], {
    cwd: root,
    env: { ...process.env, TZ: timeZone, LANG: locale, LC_ALL: locale },
    encoding: "utf8",
  });
  return JSON.parse(output) as FixtureOutput;
}

/**
 * rules A1: dates are calendar dates, never instants, so no time zone or locale may move one.
 * Kiritimati (UTC+14) and Adak (UTC−10, with daylight saving) are almost a full day apart: a
 * date read as midnight UTC and formatted locally would land on different days in the two.
 * Turkish (dotted and dotless i) and Egyptian Arabic (Arabic-Indic digits) catch locale-sensitive
 * string handling.
 */
describe("rules A1: statements do not depend on the time zone or the locale", () => {
  const here = exampleStatements();

  it("the example statements are deep-equal under TZ=Pacific/Kiritimati and TZ=America/Adak", () => {
    const kiritimati = runIn("Pacific/Kiritimati", "tr_TR.UTF-8");
    const adak = runIn("America/Adak", "ar_EG.UTF-8");

    // The zones and locales were really applied: the children's clocks are about a day apart.
    expect(kiritimati.zone.timeZone).toBe("Pacific/Kiritimati");
    expect(adak.zone.timeZone).toBe("America/Adak");
    expect(kiritimati.zone.offsetJanuary).toBe(-14 * 60);
    expect(adak.zone.offsetJanuary).toBe(10 * 60);
    expect(kiritimati.zone.offsetNow).not.toBe(adak.zone.offsetNow);
    expect(kiritimati.zone.locale).toBe("tr-TR");
    expect(adak.zone.locale).toBe("ar-EG");

    const expected = JSON.parse(JSON.stringify(here)) as Statement[];
    expect(here.length).toBeGreaterThan(0);
    expect(kiritimati.statements).toEqual(expected);
    expect(adak.statements).toEqual(expected);
  }, 60_000);
});
