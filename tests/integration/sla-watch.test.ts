// The SLA watch job over a real PostgreSQL: each threshold is raised once, with notices to the bureau.
import { describe, expect, it } from "vitest";
import { createPostgresRepairGateway } from "~/server/gateways/repair/postgres-repair-gateway";
import { slaWatch } from "~/server/jobs/sla-watch";
import { createSlaClient, createStaff, createTicket, deliverRepairEvents, KIT_REPORTED_AT, testDb } from "~/tests/kit";

const minutesAfterReport = (m: number) => new Date(KIT_REPORTED_AT.getTime() + m * 60_000);

describe("sla watch", () => {
  it("raises the response warning at 80 % and the breach at 100 %, each once, notifying dispatchers", async () => {
    const client = await createSlaClient();
    const dispatcher = await createStaff("dispatcher");
    // premium P3: response within 120 minutes, 24×7
    const ticketId = await createTicket({
      customerId: client.customerId,
      serviceId: client.serviceIds[0]!,
      reporterUserId: client.userId,
      tier: "premium",
    });
    const db = testDb();
    const flags = async () => (await db.slaFlag.findMany({ where: { ticketId }, select: { flag: true } })).map((f) => f.flag).sort();
    const link = `/staff/tickets/${ticketId}`;
    // The warnings come from the repair feed: deliver it first, as the worker would.
    const notices = async () => (
      await deliverRepairEvents(),
      db.notification.findMany({ where: { userId: dispatcher.userId, link }, select: { data: true } })
    );

    await slaWatch({ repair: createPostgresRepairGateway(db) }, minutesAfterReport(60));
    expect(await flags()).toEqual([]);

    await slaWatch({ repair: createPostgresRepairGateway(db) }, minutesAfterReport(100));
    await slaWatch({ repair: createPostgresRepairGateway(db) }, minutesAfterReport(101));
    expect(await flags()).toEqual(["response_at_risk"]);
    expect((await notices()).map((n) => (n.data as { status: string }).status)).toEqual(["sla_at_risk"]);

    await slaWatch({ repair: createPostgresRepairGateway(db) }, minutesAfterReport(125));
    await slaWatch({ repair: createPostgresRepairGateway(db) }, minutesAfterReport(126));
    expect(await flags()).toEqual(["response_at_risk", "response_breached"]);
    expect((await notices()).map((n) => (n.data as { status: string }).status).sort()).toEqual(["sla_at_risk", "sla_breached"]);
  });
});
