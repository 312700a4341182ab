// Row builders for the benchmark dataset: deterministic for a seed (given a deterministic uuid
// source), no I/O. Every natural key carries the seed, so datasets of different seeds coexist
// and none can collide with the demo world (+420 numbers, BA-1…/BA-3… accounts, *.test e-mails).
import type { ServiceKind } from "~/server/db/generated/enums";

export type Rng = () => number;

/** mulberry32: tiny, fast, good enough for test data. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Column names and the PostgreSQL types their arrays are cast to, in insert (foreign-key) order. */
export const tables = {
  Customer: { id: "uuid", kind: '"CustomerKind"', name: "text", segment: '"Segment"', slaTier: '"SlaTier"' },
  User: { id: "uuid", email: "text", name: "text", passwordHash: "text", locale: '"Locale"', updatedAt: "timestamp(3)" },
  Membership: { id: "uuid", userId: "uuid", customerId: "uuid", role: '"MemberRole"', allServices: "boolean" },
  BillingAccount: {
    id: "uuid",
    customerId: "uuid",
    number: "text",
    name: "text",
    currency: "text",
    country: "text",
    billCycleDay: "integer",
  },
  CostCentre: { id: "uuid", customerId: "uuid", code: "text", name: "text" },
  Service: {
    id: "uuid",
    customerId: "uuid",
    billingAccountId: "uuid",
    kind: '"ServiceKind"',
    identifier: "text",
    label: "text",
    status: '"ServiceStatus"',
    planId: "uuid",
    installationAddress: "text",
    costCentreId: "uuid",
    activatedAt: "timestamp(3)",
  },
} as const;

export type TableName = keyof typeof tables;
export type Row<T extends TableName> = { [K in keyof (typeof tables)[T]]: string | number | boolean | null };
export type Batch = { [T in TableName]: Row<T>[] };

export type GenContext = {
  seed: number;
  rng: Rng;
  uuid: () => string;
  planIds: ReadonlyMap<string, string>;
  passwordHash: string;
  now: Date;
  /** per-kind running numbers, so identifiers are unique within the run */
  next: Record<ServiceKind, number>;
};

export const emptyBatch = (): Batch => ({ Customer: [], User: [], Membership: [], BillingAccount: [], CostCentre: [], Service: [] });
export const newCounters = (): Record<ServiceKind, number> => ({ mobile: 0, fixed_voice: 0, broadband: 0, tv: 0 });

const firstNames = [
  "Jan",
  "Petr",
  "Jana",
  "Eva",
  "Tomáš",
  "Lucie",
  "Martin",
  "Kateřina",
  "Pavel",
  "Tereza",
  "Jiří",
  "Hana",
  "Lukáš",
  "Anna",
  "David",
  "Veronika",
];
const lastNames = [
  "Novák",
  "Svoboda",
  "Dvořák",
  "Černý",
  "Procházka",
  "Kučera",
  "Veselý",
  "Horák",
  "Němec",
  "Marek",
  "Pokorný",
  "Král",
  "Růžička",
  "Beneš",
  "Fiala",
  "Sedláček",
];
const companyWords = ["Moravia", "Vltava", "Bohemia", "Krkonoše", "Šumava", "Labe", "Praha", "Brno", "Ostrava", "Plzeň"];
const companyTrades = ["Logistics", "Engineering", "Foods", "Software", "Retail", "Energy", "Construction", "Media"];
const streets = ["Vinohradská", "Národní", "Masarykova", "Husova", "Palackého", "Nádražní", "Školní", "Zahradní"];
const cities = [
  "110 00 Praha 1",
  "120 00 Praha 2",
  "602 00 Brno",
  "702 00 Ostrava",
  "301 00 Plzeň",
  "460 01 Liberec",
  "370 01 České Budějovice",
];
const costCentreNames: [string, string][] = [
  ["SALES", "Sales"],
  ["ENG", "Engineering"],
  ["OPS", "Operations"],
  ["FIN", "Finance"],
  ["HR", "People"],
];

const consumerPlans: Record<ServiceKind, string[]> = {
  mobile: ["MOB-S", "MOB-M", "MOB-UNL"],
  fixed_voice: ["FIX-BASIC", "FIX-PLUS"],
  broadband: ["BB-100", "BB-1000"],
  tv: ["TV-START", "TV-PLUS"],
};
const businessPlans: Record<ServiceKind, string[]> = {
  mobile: ["MOB-BIZ", "MOB-UNL"],
  fixed_voice: ["FIX-PLUS"],
  broadband: ["BB-BIZ-1G", "BB-1000", "LL-1G"],
  tv: ["TV-START"],
};

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pad = (n: number, width: number) => String(n).padStart(width, "0");

function planId(ctx: GenContext, code: string): string {
  const id = ctx.planIds.get(code);
  if (!id) throw new Error(`plan ${code} is not in the catalogue`);
  return id;
}

/** One identifier per kind and running number; "+999" is not a dialable country code. */
export function identifierFor(kind: ServiceKind, seed: number, n: number): string {
  const phone = (lead: string) => {
    const d = lead + pad(n, 8);
    return `+999 ${seed} ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  };
  if (kind === "mobile") return phone("7");
  if (kind === "fixed_voice") return phone("2");
  if (kind === "broadband") return `BB-G${seed}-${pad(n, 8)}`;
  return `SC-G${seed}-${pad(n, 8)}`;
}

/** Adds customer number `index` (owner user, membership, accounts, cost centres, services) to the batch. */
export function addCustomer(batch: Batch, index: number, ctx: GenContext): void {
  const { rng, uuid, seed } = ctx;
  const enterprise = rng() < 0.1;
  const customerId = uuid();
  const person = `${pick(rng, firstNames)} ${pick(rng, lastNames)}`;
  const name = enterprise ? `${pick(rng, companyWords)} ${pick(rng, companyTrades)} ${index} a.s.` : person;
  batch.Customer.push({
    id: customerId,
    kind: enterprise ? "enterprise" : "individual",
    name,
    segment: enterprise ? (rng() < 0.2 ? "vip" : "business") : "consumer",
    slaTier: enterprise ? (rng() < 0.3 ? "premium" : "business") : "standard",
  });

  const userId = uuid();
  const locale = rng() < 0.6 ? "cs" : pick(rng, ["en", "en", "ru", "zh"]);
  batch.User.push({
    id: userId,
    email: `user${index}@seed${seed}.bench.test`,
    name: person,
    passwordHash: ctx.passwordHash,
    locale,
    updatedAt: ctx.now.toISOString(),
  });
  batch.Membership.push({ id: uuid(), userId, customerId, role: "owner", allServices: true });

  const accountIds: string[] = [];
  const accountCount = enterprise ? between(rng, 2, 3) : 1;
  for (let a = 0; a < accountCount; a++) {
    const id = uuid();
    accountIds.push(id);
    batch.BillingAccount.push({
      id,
      customerId,
      number: `BA-G${seed}-${pad(index, 7)}-${a + 1}`,
      name: accountCount > 1 ? `${name} ${a + 1}` : name,
      currency: "CZK",
      country: "CZ",
      billCycleDay: pick(rng, [1, 1, 1, 8, 15, 22]),
    });
  }

  const costCentreIds: string[] = [];
  if (enterprise) {
    for (const [code, ccName] of costCentreNames.slice(0, between(rng, 2, costCentreNames.length))) {
      const id = uuid();
      costCentreIds.push(id);
      batch.CostCentre.push({ id, customerId, code, name: ccName });
    }
  }

  // Households hold 1–3 services (mobile first), companies 6–18, mostly mobile: about 3 per customer overall.
  const address = `${pick(rng, streets)} ${between(rng, 1, 2999)}/${between(rng, 1, 99)}, ${pick(rng, cities)}`;
  const count = enterprise ? between(rng, 6, 18) : between(rng, 1, 3);
  for (let s = 0; s < count; s++) {
    const kind: ServiceKind = enterprise
      ? pick(rng, ["mobile", "mobile", "mobile", "mobile", "mobile", "mobile", "mobile", "broadband", "broadband", "fixed_voice"] as const)
      : s === 0
        ? "mobile"
        : pick(rng, ["mobile", "broadband", "fixed_voice", "tv"] as const);
    const planCode = pick(rng, (enterprise ? businessPlans : consumerPlans)[kind]);
    const r = rng();
    const status = r < 0.95 ? "active" : r < 0.98 ? "suspended" : r < 0.99 ? "pending" : "terminated";
    const activated = new Date(ctx.now.getTime() - between(rng, 1, 5 * 365) * 86_400_000);
    batch.Service.push({
      id: uuid(),
      customerId,
      billingAccountId: pick(rng, accountIds),
      kind,
      identifier: identifierFor(kind, seed, ++ctx.next[kind]),
      label: null,
      status,
      planId: planId(ctx, planCode),
      installationAddress: kind === "mobile" ? null : address,
      costCentreId: costCentreIds.length ? pick(rng, costCentreIds) : null,
      activatedAt: status === "pending" ? null : activated.toISOString(),
    });
  }
}
