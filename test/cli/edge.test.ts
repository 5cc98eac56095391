import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliMessages } from "../../src/cli/messages.js";

const cliDir = join(import.meta.dirname, "..", "..", "src", "cli");

describe("the command line's I/O stays at its edge", () => {
  // Without comments: the TSDoc examples may show how bin.ts wires the process.
  const code = (f: string) =>
    readFileSync(join(cliDir, f), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, "");
  const sources = readdirSync(cliDir).filter((f) => f.endsWith(".ts"));

  it("only bin.ts touches the process or the clock, and only it and node-io.ts node: modules", () => {
    const touching = sources.filter((f) =>
      /from "node:|\bprocess\.|Date\.now|new Date\(|Math\.random/.test(code(f)),
    );
    expect(touching).toEqual(["bin.ts", "node-io.ts"]);
    // node-io.ts reads files and nothing else: no process, no clock, no other node: module.
    const io = code("node-io.ts");
    expect(io).not.toMatch(/\bprocess\.|Date\.now|new Date\(|Math\.random/);
    expect([...io.matchAll(/from "(node:[^"]+)"/g)].map((m) => m[1])).toEqual(["node:fs"]);
  });
});

describe("CLI messages", () => {
  it("say something different in Dutch and in English for every code", () => {
    const codes = Object.keys(cliMessages.nl);
    expect(codes.sort()).toEqual(Object.keys(cliMessages.en).sort());
    // Every param gets a sample: a list for the list params, "x" for the others.
    const lists = new Set(["known", "examples", "extra", "options"]);
    const sample = new Proxy(
      {},
      { get: (_, key) => (lists.has(String(key)) ? ["x"] : "x") },
    ) as never;
    for (const code of codes as (keyof typeof cliMessages.nl)[]) {
      expect(cliMessages.nl[code](sample)).not.toBe(cliMessages.en[code](sample));
    }
  });
});
