import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliMessages } from "../../src/cli/messages.js";

const cliDir = join(import.meta.dirname, "..", "..", "src", "cli");

describe("the command line's I/O stays at its edge", () => {
  it("only bin.ts touches node: modules, process or the clock", () => {
    const touching = readdirSync(cliDir)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => {
        // Without comments: the TSDoc examples may show how bin.ts wires the process.
        const code = readFileSync(join(cliDir, f), "utf8")
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/^\s*\/\/.*$/gm, "");
        return /from "node:|\bprocess\.|Date\.now|new Date\(|Math\.random/.test(code);
      });
    expect(touching).toEqual(["bin.ts"]);
  });
});

describe("CLI messages", () => {
  it("say something different in Dutch and in English for every code", () => {
    const codes = Object.keys(cliMessages.nl);
    expect(codes.sort()).toEqual(Object.keys(cliMessages.en).sort());
    // Every param gets a sample: a list for the list params, "x" for the others.
    const lists = new Set(["known", "examples", "extra"]);
    const sample = new Proxy(
      {},
      { get: (_, key) => (lists.has(String(key)) ? ["x"] : "x") },
    ) as never;
    for (const code of codes as (keyof typeof cliMessages.nl)[]) {
      expect(cliMessages.nl[code](sample)).not.toBe(cliMessages.en[code](sample));
    }
  });
});
