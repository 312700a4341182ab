// Moving a service between a customer's billing accounts: the preview of both bills, scheduling from
// the next period, one pending move per service, cancelling, and the bill cycle applying it only
// after the old account's last bill with the service.
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import { billCycle } from "~/server/jobs/bill-cycle";
import { callerAs, createBillingAccount, createEnterprise, createHousehold, kitClock, rejectionCode, testDb } from "~/tests/kit";

const expectCode = async (call: Promise<unknown>, code: string) => expect(await rejectionCode(call)).toBe(code);

const clock = kitClock("2026-11-20T10:00:00Z");

beforeAll(async () => {
  await testDb().$transaction((tx) => ensureBillingCatalogue(tx));
});

describe("moving a service to another billing account", () => {
  it("previews both current bills as they would be with the service moved", async () => {
    const home = await createHousehold();
    const second = await createBillingAccount({ customerId: home.customerId, name: "Cottage" });
    const anna = await callerAs(home, { clock });
    const p = await anna.moves.preview({ serviceId: home.services.tv, toBillingAccountId: second });
    expect(p).toMatchObject({ period: "2026-11", effectivePeriod: "2026-12" });
    const servicesOf = (side: typeof p.from) => side!.lines.flatMap((l) => (l.service ? [l.service.id] : []));
    expect(servicesOf(p.from)).not.toContain(home.services.tv);
    expect(new Set(servicesOf(p.to))).toEqual(new Set([home.services.tv]));
    expect(p.to!.services.map((s) => s.id)).toEqual([home.services.tv]);
    // Nothing moved for real.
    expect((await testDb().service.findUniqueOrThrow({ where: { id: home.services.tv } })).billingAccountId).toBe(home.billingAccountId);
  });

  it("schedules the move for the next period, once, and lets it be cancelled", async () => {
    const home = await createHousehold();
    const second = await createBillingAccount({ customerId: home.customerId, name: "Cottage" });
    const anna = await callerAs(home, { clock });
    const move = await anna.moves.schedule({ serviceId: home.services.mobile, toBillingAccountId: second });
    expect(move).toMatchObject({ effectivePeriod: "2026-12", service: { id: home.services.mobile }, to: { id: second } });
    await expectCode(anna.moves.schedule({ serviceId: home.services.mobile, toBillingAccountId: second }), "CONFLICT");
    expect((await anna.moves.pending()).map((m) => m.id)).toEqual([move.id]);
    await anna.moves.cancel({ moveId: move.id });
    expect(await anna.moves.pending()).toEqual([]);
    await expectCode(anna.moves.cancel({ moveId: move.id }), "CONFLICT");
  });

  it("refuses a move to the same account, and another customer's account or service as absent", async () => {
    const home = await createHousehold();
    const other = await createHousehold();
    const anna = await callerAs(home, { clock });
    await expectCode(anna.moves.preview({ serviceId: home.services.tv, toBillingAccountId: home.billingAccountId }), "BAD_REQUEST");
    await expectCode(anna.moves.preview({ serviceId: home.services.tv, toBillingAccountId: other.billingAccountId }), "NOT_FOUND");
    await expectCode(anna.moves.schedule({ serviceId: other.services.tv, toBillingAccountId: home.billingAccountId }), "NOT_FOUND");
    expect(await testDb().serviceMove.count({ where: { serviceId: { in: [home.services.tv, other.services.tv] } } })).toBe(0);
  });

  it("takes effect in the bill cycle only after the old account billed the last period with the service", async () => {
    const acme = await createEnterprise();
    const [hq, field] = acme.billingAccountIds as [string, string];
    const admin = await callerAs(acme.admin, { clock });
    await admin.moves.schedule({ serviceId: acme.lines.ceoPhone, toBillingAccountId: field });
    const accountOf = async () => (await testDb().service.findUniqueOrThrow({ where: { id: acme.lines.ceoPhone } })).billingAccountId;
    expect(await accountOf()).toBe(hq);

    await billCycle(testDb(), new Date("2026-12-01T02:00:00Z"), [hq, field]); // bills November
    const november = await testDb().bill.findFirstOrThrow({ where: { billingAccountId: hq, period: "2026-11" }, select: { id: true } });
    expect(await testDb().billLine.count({ where: { billId: november.id, serviceId: acme.lines.ceoPhone } })).toBeGreaterThan(0);
    expect(await accountOf()).toBe(field);
    expect(await admin.moves.pending()).toEqual([]);
  });

  it("is for the whole customer's holders: a sub-user is refused", async () => {
    const acme = await createEnterprise();
    const sub = await callerAs(acme.subUser, { clock });
    await expectCode(
      sub.moves.preview({ serviceId: acme.subUser.grantedServiceId, toBillingAccountId: acme.billingAccountIds[0]! }),
      "FORBIDDEN",
    );
  });
});
