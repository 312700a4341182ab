// The demo's SLA history: BigCorp's dashboard shows what the demo promises, and seeding twice adds nothing.
import { describe, expect, it } from "vitest";
import { seedDemo } from "~/prisma/seed/seed";
import { seedSlaHistory } from "~/prisma/seed/sla-history";
import { fixedClock } from "~/server/lib/clock";
import { monthOf, shiftMonth } from "~/server/modules/sla/sla-month";
import { callerAs, testDb } from "~/tests/kit";

// The demo history is relative to the time it was seeded (maybe by another suite a moment ago): read it as of now.
const now = new Date();

const seededTickets = () => testDb().ticket.count({ where: { description: { contains: "[SLA-H" } } });

describe("SLA demo history", () => {
  it("gives BigCorp breaches this month and last, an open ticket at risk and an outage; a second run adds nothing", async () => {
    const db = testDb();
    await seedDemo(db, now);
    expect(await seededTickets()).toBe(7);
    await seedSlaHistory(db, now);
    expect(await seededTickets()).toBe(7);
    expect(await db.outage.count({ where: { title: "Fibre cut on the Ostrava backbone" } })).toBe(1);

    const owner = await db.user.findUniqueOrThrow({ where: { email: "sla@bigcorp.test" }, select: { id: true } });
    const asSla = await callerAs({ userId: owner.id, email: "sla@bigcorp.test", name: "BigCorp owner", password: "" }, { clock: fixedClock(now) });
    const thisMonth = await asSla.sla.dashboard({});
    expect(thisMonth.month).toBe(monthOf(now));
    expect(thisMonth.figures.breaches.total).toBeGreaterThanOrEqual(1);
    const open = (identifier: string) => thisMonth.openTickets.find((t) => t.service.identifier === identifier);
    expect(open("LL-OSTR-0003")?.resolution).toMatchObject({ breached: true });
    expect(open("BB-PRG-300101")?.resolution).toMatchObject({ atRisk: true, breached: false });

    const lastMonth = await asSla.sla.dashboard({ month: shiftMonth(monthOf(now), -1) });
    expect(lastMonth.figures).toMatchObject({ opened: 3, resolved: 3, breaches: { total: 1, byPriority: { P1: 1 } } });
    expect(lastMonth.figures.resolvedWithinTarget).toBeCloseTo(2 / 3, 6);
    const ostrava = lastMonth.figures.availability.filter((a) => a.service.identifier.includes("OST"));
    expect(ostrava.map((a) => a.outageMinutes)).toEqual([270, 270]);
    const credits = await asSla.sla.credits({ month: lastMonth.month });
    expect(credits.items).toHaveLength(1);
    expect(credits.items[0]).toMatchObject({ service: { identifier: "LL-BRNO-0001" } });
  });
});
