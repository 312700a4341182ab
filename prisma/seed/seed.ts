// The demo world every fresh install starts with (personas in ./personas.ts).
// Runs on every start: a complete world is detected with two indexed queries and left alone;
// otherwise one transaction creates whatever is missing, keyed by natural unique fields.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createDb, type Db, type Tx } from "~/server/db/client";
import type { ServiceKind } from "~/server/db/generated/enums";
import { env } from "~/server/env";
import { hashPassword } from "~/server/auth/password";
import { systemClock } from "~/server/lib/clock";
import { seedApiClients } from "./api-clients";
import { seedBillingHistory } from "./billing-history";
import { CURRENCY, plans } from "./catalogue";
import { seedCollectionsStory } from "./collections-story";
import { customers, DEMO_PASSWORD, users, type CustomerSeed } from "./personas";
import { seedSlaHistory } from "./sla-history";

export type SeedResult = { created: boolean; users: number; customers: number; services: number };

const ACTIVATED = new Date("2024-03-01T09:00:00Z");
// All rows of one transaction share now(): explicit times keep "first membership" well defined.
const MEMBERSHIP_EPOCH = new Date("2024-01-01T00:00:00Z").getTime();

const allIdentifiers = customers.flatMap((c) => c.services.map((s) => s.identifier));
const totals = { users: users.length, customers: customers.length, services: allIdentifiers.length };

/** `now`: the instant the demo's histories are relative to (the launcher passes the system clock's). */
export async function seedDemo(db: Db, now: Date): Promise<SeedResult> {
  const created = !(await isComplete(db));
  if (created) {
    const passwordHash = await hashPassword(DEMO_PASSWORD); // argon2 is slow on purpose: once, shared by all
    await db.$transaction((tx) => createWorld(tx, passwordHash), { timeout: 60_000 });
  }
  // The histories are relative to today and keep themselves up to date: each run adds what is missing.
  await seedBillingHistory(db, now);
  await seedCollectionsStory(db, now);
  await seedSlaHistory(db, now);
  await seedApiClients(db);
  return { created, ...totals };
}

async function isComplete(db: Db) {
  const [userCount, serviceCount] = await Promise.all([
    db.user.count({ where: { email: { in: users.map((u) => u.email) } } }),
    db.service.count({ where: { identifier: { in: allIdentifiers } } }),
  ]);
  return userCount === users.length && serviceCount === allIdentifiers.length;
}

async function createWorld(tx: Tx, passwordHash: string) {
  const planIds = new Map<string, string>();
  for (const p of plans) {
    const row = await tx.plan.upsert({ where: { code: p.code }, create: { ...p, currency: CURRENCY }, update: {} });
    planIds.set(p.code, row.id);
  }
  const userIds = new Map<string, string>();
  const annaExisted = await tx.user.findUnique({ where: { email: "subscriber@demo.test" }, select: { id: true } });
  for (const u of users) {
    const row = await tx.user.upsert({ where: { email: u.email }, create: { ...u, passwordHash }, update: {}, select: { id: true } });
    userIds.set(u.email, row.id);
  }
  const technicianId = must(userIds, "technician@operator.test");
  await tx.technicianProfile.upsert({
    where: { userId: technicianId },
    create: { userId: technicianId, ...demoTechnician },
    update: demoTechnician,
  });
  let membershipOrder = 0;
  for (const c of customers) {
    const customerId = await upsertCustomer(tx, c);
    const accountIds = await upsertAccounts(tx, customerId, c);
    const costCentreIds = new Map<string, string>();
    for (const cc of c.costCentres ?? []) {
      const row = await tx.costCentre.upsert({
        where: { customerId_code: { customerId, code: cc.code } },
        create: { customerId, ...cc },
        update: {},
      });
      costCentreIds.set(cc.code, row.id);
    }
    const serviceIds = new Map<string, string>();
    for (const s of c.services) {
      const data = {
        customerId,
        kind: s.kind,
        identifier: s.identifier,
        label: s.label ?? null,
        status: s.status ?? "active",
        planId: must(planIds, s.plan),
        billingAccountId: must(accountIds, s.account),
        installationAddress: s.address ?? null,
        area: areaOf(s.address),
        costCentreId: s.costCentre ? must(costCentreIds, s.costCentre) : null,
        assignedUserId: s.assignee ? must(userIds, s.assignee) : null,
        activatedAt: ACTIVATED,
      };
      const row = await tx.service.upsert({
        where: { kind_identifier: { kind: s.kind, identifier: s.identifier } },
        create: data,
        update: { area: data.area },
        select: { id: true },
      });
      serviceIds.set(s.identifier, row.id);
    }
    for (const m of c.members) {
      const userId = must(userIds, m.email);
      const createdAt = new Date(MEMBERSHIP_EPOCH + 1000 * membershipOrder++);
      const membership = await tx.membership.upsert({
        where: { userId_customerId: { userId, customerId } },
        create: { userId, customerId, role: m.role, allServices: !m.grants, createdAt },
        update: {},
        select: { id: true },
      });
      for (const identifier of m.grants ?? []) {
        const key = { membershipId: membership.id, serviceId: must(serviceIds, identifier) };
        await tx.serviceGrant.upsert({ where: { membershipId_serviceId: key }, create: key, update: {} });
      }
    }
  }
  if (!annaExisted) await welcomeAnna(tx, must(userIds, "subscriber@demo.test"));
}

/** The repair bureau's network area of a site: the city of its address ("120 00 Praha 2" → "Praha"). */
const areaOf = (address: string | undefined) => address?.match(/\d{3} \d{2} (\p{L}+)/u)?.[1] ?? null;

/** technician@operator.test covers every kind in the demo's four cities. */
const demoTechnician: { skills: ServiceKind[]; areas: string[] } = {
  skills: ["mobile", "fixed_voice", "broadband", "tv"],
  areas: ["Praha", "Brno", "Plzeň", "Ostrava"],
};

// Customers have no natural key of their own: the first billing account number stands in for it.
async function upsertCustomer(tx: Tx, c: CustomerSeed): Promise<string> {
  const number = c.accounts[0]?.number ?? "";
  const existing = await tx.billingAccount.findUnique({ where: { number }, select: { customerId: true } });
  if (existing) return existing.customerId;
  const row = await tx.customer.create({
    data: {
      name: c.name,
      kind: c.kind,
      segment: c.segment,
      slaTier: c.slaTier,
      address: c.identity?.address,
      companyId: c.identity?.companyId,
      vatId: c.identity?.vatId,
      billingContacts: c.billingContacts ? { create: c.billingContacts.map((b, position) => ({ ...b, position })) } : undefined,
    },
  });
  return row.id;
}

async function upsertAccounts(tx: Tx, customerId: string, c: CustomerSeed) {
  const ids = new Map<string, string>();
  for (const a of c.accounts) {
    const row = await tx.billingAccount.upsert({
      where: { number: a.number },
      create: { customerId, ...a, currency: CURRENCY, country: "CZ", billCycleDay: 1 },
      update: {},
      select: { id: true },
    });
    ids.set(a.number, row.id);
  }
  return ids;
}

// In-app only, written directly rather than through notify(): the seed runs before the launcher
// knows APP_URL, and e-mails about demo data would only clutter the dev mailbox.
async function welcomeAnna(tx: Tx, userId: string) {
  const customerId = (await tx.membership.findFirst({ where: { userId }, select: { customerId: true } }))?.customerId ?? null;
  await tx.notification.createMany({
    data: [
      { userId, customerId, kind: "service.status-changed", data: { service: "BB-PRG-004512", status: "active" } },
      { userId, customerId, kind: "usage.threshold", data: { service: "+420 601 234 567", percent: 80 } },
    ],
  });
}

function must(map: Map<string, string>, key: string): string {
  const v = map.get(key);
  if (!v) throw new Error(`seed data refers to unknown "${key}"`);
  return v;
}

async function main() {
  const started = performance.now();
  const db = createDb(env.DATABASE_URL, 2);
  try {
    const r = await seedDemo(db, systemClock.now());
    const what = r.created ? "demo world created/completed" : "demo world already present, nothing to do";
    const ms = Math.round(performance.now() - started);
    console.log(`seed: ${what} (${r.users} users, ${r.customers} customers, ${r.services} services) in ${ms} ms`);
  } finally {
    await db.$disconnect();
  }
}

// Run as a script (not imported by a test)? realpath: Node resolves symlinks in import.meta.url, not in argv.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
