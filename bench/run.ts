/**
 * `npm run bench` — the star engine against a hand-written floor and a naive baseline (SPEC C).
 *
 *   npm run bench                                # 100,000 participants, 7 rounds → bench/results.json
 *   npm run bench -- --participants 5000         # a quick run → bench/results.local.json
 *   npm run bench -- --rounds 11 --check 100000  # more rounds; check every participant first
 *
 * Before timing, the floor's and the baseline's numbers are checked against `computeStatement`;
 * any difference aborts the run. See bench/README.md.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  computeStatement,
  organisationReport,
  type Participant,
  prepareProgramme,
} from "../src/index.js";
import { AS_OF, generateBenchData } from "./data.js";
import { buildFloorIndex, floorTotals } from "./floor.js";
import { naiveTotals } from "./naive.js";

const DEFAULT_PARTICIPANTS = 100_000;
const DEFAULT_ROUNDS = 7;
const DEFAULT_CHECK = 5_000;

/** The goals of the issue: the most a case may cost, as a multiple of the floor. */
const GOALS: Readonly<Record<string, number>> = { statement: 3, report: 2 };

function fail(message: string): never {
  console.error(`bench: ${message}`);
  process.exit(1);
}

function parseArgs(argv: readonly string[]): {
  participants: number;
  rounds: number;
  check: number;
} {
  const options = {
    participants: DEFAULT_PARTICIPANTS,
    rounds: DEFAULT_ROUNDS,
    check: DEFAULT_CHECK,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split("=", 2) : [arg];
    const name = flag?.replace(/^--/, "");
    if (name !== "participants" && name !== "rounds" && name !== "check")
      fail(`unknown argument ${JSON.stringify(arg)} (use --participants N, --rounds R, --check N)`);
    const value = inline ?? argv[++i];
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 1)
      fail(`--${name} needs a whole number ≥ 1, got ${JSON.stringify(value)}`);
    options[name] = n;
  }
  return options;
}

const { participants: count, rounds, check } = parseArgs(process.argv.slice(2));

const cpus = os.cpus();
console.log(
  `node ${process.version} · ${cpus[0]?.model.trim() ?? "unknown CPU"} · ${cpus.length} cores · ${os.platform()} ${os.arch()}`,
);
console.log(
  `${count.toLocaleString("en")} participants, ${rounds} rounds, as of ${AS_OF}; checking the first ${Math.min(check, count).toLocaleString("en")}`,
);

let t0 = performance.now();
const { programme, participants } = generateBenchData(count);
const completions = participants.reduce((n, p) => n + p.completions.length, 0);
const roles = participants.reduce((n, p) => n + p.roles.length, 0);
console.log(
  `data: ${programme.editions.map((e) => `${e.year}: ${e.components.length} components`).join(", ")}; ` +
    `${completions.toLocaleString("en")} completions, ${roles.toLocaleString("en")} roles ` +
    `(generated and validated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);

const prepared = prepareProgramme(programme);
const floorIndex = buildFloorIndex(programme);

// ---- Correctness first: the floor and the baseline must give the library's numbers. ----------
const FIELDS = [
  "earned",
  "counted",
  "surplus",
  "pending",
  "target",
  "remaining",
  "progress",
  "status",
  "outstanding",
] as const;
type Numbers = Record<(typeof FIELDS)[number], number | string>;

t0 = performance.now();
const checked = Math.min(check, count);
for (let i = 0; i < checked; i++) {
  const p = participants[i] as Participant;
  const statement = computeStatement(prepared, p, AS_OF);
  const expected: Numbers = {
    ...statement.totals,
    status: statement.status,
    outstanding: statement.mandatory.outstanding,
  };
  const candidates: [string, Numbers][] = [
    ["floor", { ...floorTotals(floorIndex, p, AS_OF) }],
    ["naive", naiveTotals(programme, p, AS_OF)],
  ];
  for (const [name, got] of candidates) {
    const wrong = FIELDS.filter((f) => !Object.is(got[f], expected[f]));
    if (wrong.length === 0) continue;
    console.error(`\n${name} disagrees with computeStatement for participant ${i} (${p.id}):`);
    for (const f of wrong) console.error(`  ${f}: library ${expected[f]}, ${name} ${got[f]}`);
    console.error(`\nparticipant:\n${JSON.stringify(p, null, 2)}`);
    console.error(
      `\nlibrary lines:\n${statement.lines
        .map(
          (l) =>
            `  ${l.completion.date} ${l.completion.component} ${l.completion.status} → ${l.reason} ${l.stars}/${l.counted}`,
        )
        .join("\n")}`,
    );
    fail(`${name} totals differ from the library's; not timing anything.`);
  }
}
console.log(
  `check: floor and naive agree with computeStatement on ${checked.toLocaleString("en")} participants (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
);

// ---- Timing ------------------------------------------------------------------------------------
/** Keeps every result alive, so no work can be optimised away. */
let sink = 0;

type Round = (ps: readonly Participant[]) => number;

const cases: readonly { name: string; round: Round }[] = [
  {
    name: "statement",
    round: (ps) => {
      let s = 0;
      for (let i = 0; i < ps.length; i++) {
        const st = computeStatement(prepared, ps[i] as Participant, AS_OF);
        s += st.totals.counted + st.lines.length;
      }
      return s;
    },
  },
  {
    name: "report",
    round: (ps) => {
      const report = organisationReport(prepared, ps, AS_OF);
      return report.meanCounted + report.status.complete + report.mandatory.length;
    },
  },
  {
    name: "floor",
    round: (ps) => {
      let s = 0;
      for (let i = 0; i < ps.length; i++) {
        const f = floorTotals(floorIndex, ps[i] as Participant, AS_OF);
        s += f.counted + f.pending;
      }
      return s;
    },
  },
  {
    name: "naive",
    round: (ps) => {
      let s = 0;
      for (let i = 0; i < ps.length; i++) {
        const n = naiveTotals(programme, ps[i] as Participant, AS_OF);
        s += n.counted + n.pending;
      }
      return s;
    },
  },
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const warmUp = participants.slice(0, Math.max(1, Math.ceil(count / 10)));
const measured: { name: string; median: number; min: number; max: number }[] = [];
for (const c of cases) {
  sink += c.round(warmUp);
  const perItem: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    sink += c.round(participants);
    perItem.push(((performance.now() - start) * 1000) / count);
  }
  const m = {
    name: c.name,
    median: median(perItem),
    min: Math.min(...perItem),
    max: Math.max(...perItem),
  };
  measured.push(m);
  console.log(`  ${c.name.padEnd(9)} ${perItem.map((us) => us.toFixed(2)).join(" ")} µs`);
}

const floorMedian = measured.find((m) => m.name === "floor")?.median ?? Number.NaN;
const round = (x: number, digits: number) => Number(x.toFixed(digits));
const results = {
  cases: measured.map((m) => ({
    name: m.name,
    items: count,
    median: round(m.median, 3),
    unit: "us",
    ratio: round(m.median / floorMedian, 2),
  })),
};

const header = ["case", "items", "median µs", "min–max µs", "× floor", "goal"];
const rows = measured.map((m, i) => {
  const ratio = (results.cases[i] as (typeof results.cases)[number]).ratio;
  const goal = GOALS[m.name];
  return [
    m.name,
    count.toLocaleString("en"),
    m.median.toFixed(3),
    `${m.min.toFixed(2)}–${m.max.toFixed(2)}`,
    ratio.toFixed(2),
    goal === undefined ? "" : `≤ ${goal} ${ratio <= goal ? "✓" : "✗"}`,
  ];
});
const widths = header.map((h, c) =>
  Math.max(h.length, ...rows.map((r) => (r[c] as string).length)),
);
const line = (cells: readonly string[]) =>
  cells
    .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
    .join("  ");
console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
for (const r of rows) console.log(line(r));

const file = count === DEFAULT_PARTICIPANTS ? "results.json" : "results.local.json";
writeFileSync(
  join(dirname(fileURLToPath(import.meta.url)), file),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log(`\nwrote bench/${file} (checksum ${sink.toFixed(0)})`);
