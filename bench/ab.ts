/**
 * `npm run bench -- --ab <rev>`: the library of an earlier commit (A) against the working tree (B),
 * in one process, rounds interleaved, so that a claimed gain is measured and not guessed.
 *
 * A is the `src/` of `<rev>`, extracted with `git archive` into `.ab-cache/<commit>/` (no network,
 * nothing built) and imported through the same TypeScript loader as B. B is a fresh copy of the
 * working tree's `src/` (`.ab-cache/working-tree/`), not `src/` itself: the data generation
 * imports `src/`, and a side that shares its modules runs on code V8 has already seen other data
 * with (measured: the same statement code 17% slower as B than as A). Both run the working tree's
 * benchmark cases on the same generated data, so only the library differs. Each round times every
 * case once as A and once as B, alternating which goes first; the verdict per case is the median
 * of the per-round ratios B/A, with their spread, so the drift of a shared machine cancels out.
 * Rounds are timed in CPU time of the process, not wall time (see `timeOne`).
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as Library from "../src/index.js";
import type * as KofferLibrary from "../src/koffer/index.js";
import { AS_OF, generateBenchData, SEED } from "./data.js";
import { generateKofferData } from "./koffer.js";
import { median } from "./stats.js";

/** What one side of the comparison is: a name, the library and its koffer entry. */
interface Side {
  readonly label: string;
  readonly lib: typeof Library;
  readonly koffer: typeof KofferLibrary;
}

/** One case of the comparison: built once per side, then timed as `round()` over `items`. */
interface AbCase {
  readonly name: string;
  readonly items: number;
  readonly unit: "us" | "ms";
  readonly build: (side: Side) => (() => number) | string;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function git(args: readonly string[]): string {
  return execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
}

/** Extracts `src/` of `rev` once per commit and imports its entries. */
async function sideAt(rev: string): Promise<Side> {
  let sha: string;
  try {
    sha = git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`]);
  } catch {
    throw new Error(`--ab needs a commit of this repository, got ${JSON.stringify(rev)}`);
  }
  const dir = join(root, ".ab-cache", sha);
  if (!existsSync(join(dir, "src", "index.ts"))) {
    // Extract next to the target and rename, so an interrupted run leaves no half tree behind.
    const partial = `${dir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(partial, { recursive: true });
    const tar = execFileSync("git", ["archive", "--format=tar", sha, "src"], {
      cwd: root,
      maxBuffer: 1 << 30,
    });
    execFileSync("tar", ["-x", "-C", partial], { input: tar });
    rmSync(dir, { recursive: true, force: true });
    renameSync(partial, dir);
  }
  const load = (path: string) => import(pathToFileURL(join(dir, path)).href);
  return {
    label: `A ${sha.slice(0, 8)}`,
    lib: (await load("src/index.ts")) as typeof Library,
    koffer: (await load("src/koffer/index.ts")) as typeof KofferLibrary,
  };
}

/**
 * The working tree's `src/`, copied afresh into `.ab-cache/working-tree/` and imported from there:
 * module instances of its own, which nothing else in the process has run.
 */
async function workingTreeSide(): Promise<Side> {
  const dir = join(root, ".ab-cache", "working-tree");
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, "src"), join(dir, "src"), { recursive: true });
  const load = (path: string) => import(pathToFileURL(join(dir, path)).href);
  return {
    label: "B working tree",
    lib: (await load("src/index.ts")) as typeof Library,
    koffer: (await load("src/koffer/index.ts")) as typeof KofferLibrary,
  };
}

/** The cases both sides run: the engine's hot paths on the benchmark's own data. */
function abCases(count: number): AbCase[] {
  // Made when a case first needs them, once for both sides: `--only koffer` generates no
  // participants, `--only stars` no sheets and no JSON text.
  let stars: ReturnType<typeof generateBenchData> | undefined;
  let rows: string | undefined;
  let team: ReturnType<typeof generateKofferData> | undefined;
  const starData = () => (stars ??= generateBenchData(count));
  const rowsText = () => (rows ??= JSON.stringify(starData().participants));
  const kofferData = () => (team ??= generateKofferData(SEED));
  return [
    {
      name: "statement",
      items: count,
      unit: "us",
      build: ({ lib }) => {
        const { programme, participants } = starData();
        const prepared = lib.prepareProgramme(programme);
        return () => {
          let s = 0;
          for (const p of participants) {
            const st = lib.computeStatement(prepared, p, AS_OF);
            s += st.totals.counted + st.lines.length;
          }
          return s;
        };
      },
    },
    {
      name: "report",
      items: count,
      unit: "us",
      build: ({ lib }) => {
        const { programme, participants } = starData();
        const prepared = lib.prepareProgramme(programme);
        return () => lib.organisationReport(prepared, participants, AS_OF).meanCounted;
      },
    },
    {
      name: "validate",
      items: count,
      unit: "us",
      build: ({ lib }) => {
        if (typeof lib.validateParticipants !== "function") return "no validateParticipants";
        const { programme } = starData();
        const text = rowsText();
        return () => {
          const result = lib.validateParticipants(JSON.parse(text), programme);
          return result.ok
            ? result.value.length + result.warnings.length
            : -result.diagnostics.length;
        };
      },
    },
    {
      name: "koffer-aggregate",
      items: 1,
      unit: "ms",
      build: ({ koffer }) => {
        const { template, sheets } = kofferData();
        return () => koffer.aggregateSheets(template, sheets).counts.valid;
      },
    },
  ];
}

/** Runs the comparison and prints one line per case; returns nothing to results.json. */
export async function runAb(
  rev: string,
  count: number,
  rounds: number,
  only: "stars" | "koffer" | "all",
): Promise<void> {
  const a = await sideAt(rev);
  const b = await workingTreeSide();
  console.log(`A/B: ${a.label} against ${b.label}; ${count.toLocaleString("en")} participants`);
  let sink = 0;
  const table: string[][] = [];
  const groups = { stars: ["statement", "report"], koffer: ["koffer-aggregate"] };
  const wanted = (name: string) => only === "all" || groups[only].includes(name);
  for (const c of abCases(count).filter((c) => wanted(c.name))) {
    const roundA = c.build(a);
    const roundB = c.build(b);
    if (typeof roundA === "string" || typeof roundB === "string") {
      console.log(`  ${c.name}: skipped (${typeof roundA === "string" ? roundA : roundB})`);
      continue;
    }
    const scale = c.unit === "ms" ? 1 : 1000;
    // CPU time of the process (all its threads, so the garbage collector's helpers count), not
    // wall time: on a shared machine the process is descheduled for stretches that have nothing
    // to do with either side.
    const timeOne = (round: () => number) => {
      const start = process.cpuUsage();
      sink += round();
      const used = process.cpuUsage(start);
      return (((used.user + used.system) / 1000) * scale) / c.items;
    };
    // Warm both up equally before anything counts: a star round is 100,000 calls, a koffer round
    // one, and the aggregate settles only after about 15 calls (bench/run.ts, KOFFER_WARM_UP).
    const warmUp = c.items === 1 ? 30 : 3;
    for (let w = 0; w < warmUp; w++) {
      timeOne(roundA);
      timeOne(roundB);
    }
    const as: number[] = [];
    const bs: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      // Alternate which side goes first, so neither always runs on a warmer cache or heap.
      let ta: number;
      let tb: number;
      if (r % 2 === 0) {
        ta = timeOne(roundA);
        tb = timeOne(roundB);
      } else {
        tb = timeOne(roundB);
        ta = timeOne(roundA);
      }
      as.push(ta);
      bs.push(tb);
      ratios.push(tb / ta);
    }
    const unit = c.unit === "ms" ? "ms" : "µs";
    const ratio = median(ratios);
    const verdict =
      Math.min(...ratios) > 1
        ? "B slower in every round"
        : Math.max(...ratios) < 1
          ? "B faster in every round"
          : "within noise";
    console.log(
      `  ${c.name.padEnd(17)} A ${as.map((t) => t.toFixed(2)).join(" ")} ${unit}\n  ${"".padEnd(17)} B ${bs.map((t) => t.toFixed(2)).join(" ")} ${unit}`,
    );
    table.push([
      c.name,
      median(as).toFixed(3),
      median(bs).toFixed(3),
      unit,
      ratio.toFixed(3),
      `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`,
      verdict,
    ]);
  }
  const header = ["case", "A median", "B median", "unit", "B/A", "B/A per round", "verdict"];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...table.map((r) => (r[i] as string).length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        i === 0 || i === 6 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
  for (const r of table) console.log(line(r));
  console.log(`\n(checksum ${sink.toFixed(0)}; nothing written to results.json)`);
}
