/**
 * Deterministic benchmark data: one programme (editions 2025 and 2026 under the default policy)
 * and any number of participants, drawn from a seeded PRNG so every run measures the same input.
 */
import { fromDayNumber } from "../src/dates/calendar-date.js";
import {
  type ApprovalStatus,
  type ComponentFormat,
  type ComponentInput,
  FORMAT_VERSION,
  type Participant,
  type ParticipantInput,
  type Programme,
  type ProgrammeInput,
  parseProgramme,
  participantSchema,
  type Role,
} from "../src/index.js";

type CompletionInput = NonNullable<ParticipantInput["completions"]>[number];

/** The as-of date every case is measured at: the middle of the 2025–2026 window. */
export const AS_OF = "2026-06-30";

/** The PRNG seed: change it and every figure changes with it. */
export const SEED = 0x5eed_2025;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. Returns a function giving [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one PRNG. */
class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = t;
    }
    return copy.slice(0, count);
  }
}

const THEMES = [
  ["klantgerichtheid", "Klantgerichtheid"],
  ["mediawijsheid", "Mediawijsheid"],
  ["leesbevordering", "Leesbevordering"],
  ["digitale-vaardigheden", "Digitale vaardigheden"],
  ["samenwerken", "Samenwerken"],
  ["ondernemerschap", "Ondernemerschap"],
  ["taal-en-geletterdheid", "Taal en geletterdheid"],
  ["collectie", "Collectie"],
] as const;
const LEARNING_LINES = [
  ["vakkennis", "Vakkennis"],
  ["ondernemerschap", "Ondernemerschap"],
  ["persoonlijke-ontwikkeling", "Persoonlijke ontwikkeling"],
  ["digitaal", "Digitaal"],
] as const;
const SPEARHEADS = [
  ["klantgerichtheid", "Klantgerichtheid"],
  ["mediawijsheid", "Mediawijsheid"],
  ["leesbevordering", "Leesbevordering"],
  ["laaggeletterdheid", "Laaggeletterdheid"],
] as const;
const GROUPS = [
  ["frontoffice", "Frontoffice"],
  ["backoffice", "Backoffice"],
  ["educatie", "Educatie"],
  ["management", "Management"],
] as const;
const FORMATS: readonly ComponentFormat[] = [
  "classroom",
  "e-learning",
  "blended",
  "informal",
  "on-the-job",
];

/** Size of the pool of component ids the editions draw from. */
const POOL = 50;
/** Components per edition. */
const PER_EDITION = 40;
/** Pool indexes 0–3: mandatory for everyone (0 is a repeatable yearly refresher). */
const MANDATORY_ALL = 4;
/** Pool indexes 4–9: mandatory for one group. */
const MANDATORY_GROUP = 10;
/** Pool index 12: a repeatable elective. */
const REPEATABLE_ELECTIVE = 12;
const YEARS = [2025, 2026] as const;

const componentId = (i: number) => `onderdeel-${String(i + 1).padStart(2, "0")}`;

function buildProgrammeInput(rnd: Random): ProgrammeInput {
  const base: ComponentInput[] = [];
  for (let i = 0; i < POOL; i++) {
    const mandatory = i < MANDATORY_GROUP;
    const component: ComponentInput = {
      id: componentId(i),
      title: `Onderdeel ${i + 1}`,
      stars: i < MANDATORY_ALL ? 1 : mandatory ? 2 : rnd.pick([1, 2, 3] as const),
      requirement: mandatory ? "mandatory" : "elective",
      learningLines: rnd.sample(
        LEARNING_LINES.map(([id]) => id),
        rnd.int(0, 2),
      ),
      spearheads: rnd.sample(
        SPEARHEADS.map(([id]) => id),
        rnd.int(0, 2),
      ),
      format: rnd.pick(FORMATS),
      hours: rnd.int(1, 16),
    };
    // Every theme gets components; about one in seven components has none.
    if (i % 7 !== 6) component.theme = (THEMES[i % THEMES.length] as readonly [string, string])[0];
    if (i >= MANDATORY_ALL && mandatory)
      component.audience = [(GROUPS[i % GROUPS.length] as readonly [string, string])[0]];
    if (i === 0 || i === REPEATABLE_ELECTIVE) component.repeatable = true;
    base.push(component);
  }
  const editions = YEARS.map((year) => {
    // The mandatory components are (nearly) always on offer; the electives vary per year.
    const mandatory = base.slice(0, MANDATORY_GROUP).filter((_, i) => i === 0 || !rnd.chance(0.1));
    const electives = rnd.sample(base.slice(MANDATORY_GROUP), PER_EDITION - mandatory.length);
    const components = [...mandatory, ...electives].map((c) =>
      // From the second year on, management revalues some electives (rules A1).
      year > 2025 && c.requirement === "elective" && rnd.chance(0.2)
        ? { ...c, stars: rnd.pick([1, 2, 3] as const) }
        : { ...c },
    );
    return { year, name: `Sterrenprogramma ${year}`, components };
  });
  return {
    formatVersion: FORMAT_VERSION,
    id: "bench-bibliotheek",
    name: "Benchmarkbibliotheek",
    themes: THEMES.map(([id, name]) => ({ id, name })),
    learningLines: LEARNING_LINES.map(([id, name]) => ({ id, name })),
    spearheads: SPEARHEADS.map(([id, name]) => ({ id, name })),
    groups: GROUPS.map(([id, name]) => ({ id, name })),
    policy: { startYear: 2025 },
    editions,
  };
}

/** Day numbers of 2025-01-01 and 2026-12-31 (days since 1970-01-01). */
const FIRST_DAY = 20089;
const LAST_DAY = 20818;

/** What a participant's completions are drawn from, per edition year. */
interface YearPool {
  readonly year: number;
  readonly all: readonly string[];
  readonly mandatory: readonly {
    readonly id: string;
    readonly audience: readonly string[];
    readonly repeatable: boolean;
  }[];
  /** Pool ids the edition of this year does not list. */
  readonly missing: readonly string[];
}

function yearPools(programme: Programme): Map<number, YearPool> {
  const pools = new Map<number, YearPool>();
  for (const edition of programme.editions) {
    const listed = new Set(edition.components.map((c) => c.id));
    pools.set(edition.year, {
      year: edition.year,
      all: edition.components.map((c) => c.id),
      mandatory: edition.components.filter((c) => c.requirement === "mandatory"),
      missing: Array.from({ length: POOL }, (_, k) => componentId(k)).filter(
        (id) => !listed.has(id),
      ),
    });
  }
  return pools;
}

function buildParticipant(
  rnd: Random,
  index: number,
  pools: ReadonlyMap<number, YearPool>,
): ParticipantInput {
  const groupIds: string[] = GROUPS.map(([id]) => id);
  const groups = rnd.sample(groupIds, rnd.int(1, 2));
  const count = rnd.int(5, 30);
  // Most participants keep up with their mandatory components; the others skip some.
  const diligent = rnd.chance(0.65);
  const diligence = diligent ? 1 : rnd.next();
  const planned: { component: string; date: string; mandatory: boolean }[] = [];
  for (const pool of pools.values()) {
    for (const m of pool.mandatory) {
      if (m.audience.length > 0 && !m.audience.some((g) => groups.includes(g))) continue;
      if (!rnd.chance(diligence)) continue;
      // One completion meets a non-repeatable component's obligations in both editions (rules A3).
      if (!m.repeatable && planned.some((p) => p.component === m.id)) continue;
      // 2025's in 2025; 2026's mostly before the as-of date (30 June), some after.
      const first = pool.year === 2025 ? FIRST_DAY : FIRST_DAY + 365;
      const last = pool.year === 2025 ? first + 364 : rnd.chance(0.75) ? first + 180 : first + 364;
      planned.push({ component: m.id, date: fromDayNumber(rnd.int(first, last)), mandatory: true });
    }
  }
  // The rest is free choice, with a few slips: unknown ids and repeats.
  while (planned.length < count) {
    const date = fromDayNumber(rnd.int(FIRST_DAY, LAST_DAY));
    const pool = pools.get(Number(date.slice(0, 4)));
    if (pool === undefined) throw new Error(`no edition for ${date}`);
    const r = rnd.next();
    let component: string;
    if (r < 0.045) {
      // Not in the edition of its year: a pool id left out that year, or one nobody knows.
      component =
        pool.missing.length > 0 && rnd.chance(0.7)
          ? rnd.pick(pool.missing)
          : `onbekend-${rnd.int(1, 5)}`;
    } else if (r < 0.095 && planned.length > 0) {
      component = rnd.pick(planned).component; // a deliberate repeat
    } else {
      component = rnd.pick(pool.all);
    }
    planned.push({ component, date, mandatory: false });
  }
  const completions: CompletionInput[] = rnd.sample(planned, count).map((c) => {
    const { component, date } = c;
    const approved = c.mandatory && diligent ? 0.97 : 0.85;
    const s = rnd.next();
    const status: ApprovalStatus =
      s < approved ? "approved" : s < approved + (1 - approved) * (2 / 3) ? "pending" : "rejected";
    const completion: CompletionInput = { component, date, status };
    if (rnd.chance(0.3)) {
      completion.evaluation = rnd.chance(0.5)
        ? { participantScore: rnd.int(1, 5), effectScore: rnd.int(1, 5) }
        : { participantScore: rnd.int(1, 5) };
    }
    return completion;
  });
  const roles: Role[] = [];
  const roleCount = rnd.chance(0.5) ? 0 : rnd.int(1, 3);
  for (let i = 0; i < roleCount; i++) {
    roles.push({
      theme: rnd.chance(0.04) ? "onbekend-thema" : rnd.pick(THEMES)[0],
      role: rnd.chance(0.6) ? "trainer" : "kartrekker",
      year: rnd.pick(YEARS),
    });
  }
  const participant: ParticipantInput = {
    id: `p-${String(index + 1).padStart(6, "0")}`,
    groups,
    completions,
    roles,
  };
  // A few start inside the window: their 2025 obligations lapse when they start in 2026.
  if (rnd.chance(0.05)) participant.startDate = fromDayNumber(rnd.int(FIRST_DAY, 20634));
  return participant;
}

/**
 * The benchmark's input, validated: the programme through `parseProgramme`, every participant
 * through `participantSchema.parse` (about 2 s for 100,000), so the engine gets exactly what an
 * application would hand it.
 */
export function generateBenchData(count: number): {
  programme: Programme;
  participants: Participant[];
} {
  const rnd = new Random(SEED);
  const programme = parseProgramme(buildProgrammeInput(rnd));
  const pools = yearPools(programme);
  const participants: Participant[] = new Array(count);
  for (let i = 0; i < count; i++)
    participants[i] = participantSchema.parse(buildParticipant(rnd, i, pools));
  return { programme, participants };
}
