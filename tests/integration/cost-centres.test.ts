// The enterprise admin's cost centres over the real router: the table's lines and spend (from the billing system's
// own figures), create / rename / archive / restore with an audit row each, and who may do it.
import { describe, expect, it } from "vitest";
import { scopeOf } from "~/server/auth/scope";
import { depsFor } from "~/server/container";
import { splitByCostCentre } from "~/server/modules/bills/cost-centre-split";
import {
  callerAs,
  clientShape,
  createEnterprise,
  createService,
  issueBills,
  kitClock,
  principalOf,
  rejection,
  rejectionCode,
  testDb,
  uniq,
} from "~/tests/kit";

const auditOf = (customerId: string) =>
  testDb().auditLog.findMany({
    where: { customerId, entity: "cost_centre" },
    orderBy: { id: "asc" },
    select: { action: true, entityId: true, data: true },
  });
const centresOf = (customerId: string) =>
  testDb().costCentre.findMany({ where: { customerId }, orderBy: { code: "asc" }, select: { code: true, name: true, archivedAt: true } });

describe("costCentres.list", () => {
  it("shows each centre's lines, this month's charges so far and the latest bill's share, as the billing system has them", async () => {
    const acme = await createEnterprise();
    const bills = await issueBills({ hq: acme.billingAccountIds[0]!, field: acme.billingAccountIds[1]! });
    const admin = await callerAs(acme.admin);
    const view = await admin.costCentres.list();

    const byId = new Map(view.centres.map((c) => [c.id, c]));
    expect(byId.get(acme.costCentres.sales)?.lineCount).toBe(1);
    expect(byId.get(acme.costCentres.operations)?.lineCount).toBe(2);
    expect(byId.get(acme.costCentres.headquarters)?.lineCount).toBe(3);
    expect(view.unassigned.lineCount).toBe(1);
    expect(view.periods).toEqual({ thisMonth: "2026-11", lastMonth: "2026-10" });

    // last month: the bills' own split per centre, added over both accounts
    const splits = [await admin.bills.costCentreSplit({ billId: bills.hq }), await admin.bills.costCentreSplit({ billId: bills.field })];
    const billed = (id: string) =>
      splits
        .flatMap((s) => s.rows)
        .filter((r) => r.costCentre?.id === id)
        .reduce((sum, r) => sum + r.total.amountMinor, 0);
    for (const id of Object.values(acme.costCentres)) expect(byId.get(id)?.lastMonth?.amountMinor ?? 0).toBe(billed(id));

    // this month: the billing system's preview of the running period, split the same way
    const actor = await principalOf(acme.admin);
    if (actor?.kind !== "customer") throw new Error("the admin acts for the company");
    const billing = depsFor(testDb(), kitClock()).billing;
    const previews = await Promise.all(acme.billingAccountIds.map((a) => billing.previewBill(scopeOf(actor), a, "2026-11")));
    const shares = previews.flatMap((p) => (p ? splitByCostCentre(p) : []));
    for (const id of Object.values(acme.costCentres)) {
      const expected = shares.filter((s) => s.costCentreId === id).reduce((sum, s) => sum + s.totalMinor, 0);
      expect(byId.get(id)?.thisMonth?.amountMinor ?? 0).toBe(expected);
    }
    expect(view.centres.some((c) => (c.thisMonth?.amountMinor ?? 0) > 0)).toBe(true);
  });

  it("lists a centre's lines; another company's centre is NOT_FOUND and a sub-user is FORBIDDEN", async () => {
    const [acme, other] = [await createEnterprise(), await createEnterprise()];
    const admin = await callerAs(acme.admin);
    const lines = await admin.costCentres.lines({ costCentreId: acme.costCentres.operations });
    expect(lines.lines.map((l) => l.id).sort()).toEqual([acme.lines.fieldPhone1, acme.lines.fieldPhone2].sort());
    expect(await rejectionCode(admin.costCentres.lines({ costCentreId: other.costCentres.operations }))).toBe("NOT_FOUND");
    const sub = await callerAs(acme.subUser);
    expect(await rejectionCode(sub.costCentres.list())).toBe("FORBIDDEN");
    expect(await rejectionCode(sub.costCentres.lines({ costCentreId: acme.costCentres.operations }))).toBe("FORBIDDEN");
  });
});

describe("costCentres.create", () => {
  it("creates a centre with an audit row; a code the company has (in any case) is a field error and creates nothing", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const code = `MKT-${uniq()}`;
    const { costCentreId } = await admin.costCentres.create({ code, name: "  Marketing  " });
    expect((await admin.costCentres.list()).centres.find((c) => c.id === costCentreId)).toMatchObject({
      code,
      name: "Marketing",
      archived: false,
      lineCount: 0,
      thisMonth: null,
      lastMonth: null,
    });
    expect(await auditOf(acme.customerId)).toEqual([
      { action: "cost_centre.create", entityId: costCentreId, data: { code, name: "Marketing" } },
    ]);

    const before = await centresOf(acme.customerId);
    const duplicate = await rejection(admin.costCentres.create({ code: code.toLowerCase(), name: "Marketing again" }));
    expect(duplicate.code).toBe("BAD_REQUEST");
    expect(clientShape(duplicate, "costCentres.create", "mutation").data).toMatchObject({ fields: ["code"], domainCode: "VALIDATION" });
    expect(await rejectionCode(admin.costCentres.create({ code: "no spaces", name: "x" }))).toBe("BAD_REQUEST");
    expect(await rejectionCode(admin.costCentres.create({ code: `OK-${uniq()}`, name: "   " }))).toBe("BAD_REQUEST");
    expect(await centresOf(acme.customerId)).toEqual(before);
    expect(await auditOf(acme.customerId)).toHaveLength(1);
  });

  it("another company may use the same code; a sub-user may not create", async () => {
    const [acme, other] = [await createEnterprise(), await createEnterprise()];
    const code = `SHARED-${uniq()}`;
    await (await callerAs(acme.admin)).costCentres.create({ code, name: "Sales" });
    await (await callerAs(other.admin)).costCentres.create({ code, name: "Sales" });
    expect(await rejectionCode((await callerAs(acme.subUser)).costCentres.create({ code: `X-${uniq()}`, name: "x" }))).toBe("FORBIDDEN");
    expect((await centresOf(acme.customerId)).filter((c) => c.code.startsWith("X-"))).toEqual([]);
  });
});

describe("costCentres.rename", () => {
  it("renames the admin's own centre with an audit row; another company's is NOT_FOUND and unchanged", async () => {
    const [acme, other] = [await createEnterprise(), await createEnterprise()];
    const admin = await callerAs(acme.admin);
    await admin.costCentres.rename({ costCentreId: acme.costCentres.sales, name: "Sales & Marketing" });
    const renamed = await testDb().costCentre.findUniqueOrThrow({ where: { id: acme.costCentres.sales } });
    expect(renamed.name).toBe("Sales & Marketing");
    expect(await auditOf(acme.customerId)).toEqual([
      {
        action: "cost_centre.rename",
        entityId: acme.costCentres.sales,
        data: { code: renamed.code, from: expect.stringMatching(/^Sales /), to: "Sales & Marketing" },
      },
    ]);

    const theirs = await centresOf(other.customerId);
    expect(await rejectionCode(admin.costCentres.rename({ costCentreId: other.costCentres.sales, name: "Mine now" }))).toBe("NOT_FOUND");
    expect(await rejectionCode(admin.costCentres.rename({ costCentreId: acme.costCentres.sales, name: "" }))).toBe("BAD_REQUEST");
    const sub = await callerAs(acme.subUser);
    expect(await rejectionCode(sub.costCentres.rename({ costCentreId: acme.costCentres.sales, name: "Sub" }))).toBe("FORBIDDEN");
    expect(await centresOf(other.customerId)).toEqual(theirs);
    expect((await testDb().costCentre.findUniqueOrThrow({ where: { id: acme.costCentres.sales } })).name).toBe("Sales & Marketing");
    expect(await auditOf(other.customerId)).toEqual([]);
  });
});

describe("costCentres.setArchived", () => {
  it("an archived centre keeps its lines and takes no new one until it is restored; each step is audited", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const ops = acme.costCentres.operations;
    await admin.costCentres.setArchived({ costCentreId: ops, archived: true });
    expect((await admin.costCentres.list()).centres.find((c) => c.id === ops)).toMatchObject({ archived: true, lineCount: 2 });
    expect((await admin.costCentres.lines({ costCentreId: ops })).lines).toHaveLength(2);

    // no path puts a line into an archived centre: not a move, not a new line
    await expect(testDb().service.update({ where: { id: acme.lines.spare }, data: { costCentreId: ops } })).rejects.toThrow(/archived/);
    await expect(
      createService({ customerId: acme.customerId, billingAccountId: acme.billingAccountIds[0]!, kind: "mobile", costCentreId: ops }),
    ).rejects.toThrow(/archived/);
    // the lines already in it can still change otherwise
    await testDb().service.update({ where: { id: acme.lines.fieldPhone2 }, data: { label: "Field tech 2 (spare)" } });

    await admin.costCentres.setArchived({ costCentreId: ops, archived: false });
    await testDb().service.update({ where: { id: acme.lines.spare }, data: { costCentreId: ops } });
    expect((await admin.costCentres.lines({ costCentreId: ops })).lines).toHaveLength(3);
    expect((await auditOf(acme.customerId)).map((a) => [a.action, a.data])).toEqual([
      ["cost_centre.archive", expect.objectContaining({ lines: 2 })],
      ["cost_centre.restore", expect.any(Object)],
    ]);
  });

  it("another company's centre is NOT_FOUND and stays as it was; a sub-user is FORBIDDEN", async () => {
    const [acme, other] = [await createEnterprise(), await createEnterprise()];
    const admin = await callerAs(acme.admin);
    const theirs = await centresOf(other.customerId);
    expect(await rejectionCode(admin.costCentres.setArchived({ costCentreId: other.costCentres.sales, archived: true }))).toBe("NOT_FOUND");
    expect(await rejectionCode(admin.costCentres.setArchived({ costCentreId: "not-an-id", archived: true }))).toBe("BAD_REQUEST");
    const sub = await callerAs(acme.subUser);
    expect(await rejectionCode(sub.costCentres.setArchived({ costCentreId: acme.costCentres.sales, archived: true }))).toBe("FORBIDDEN");
    expect(await centresOf(other.customerId)).toEqual(theirs);
    expect((await centresOf(acme.customerId)).every((c) => c.archivedAt === null)).toBe(true);
    expect(await auditOf(acme.customerId)).toEqual([]);
  });
});
