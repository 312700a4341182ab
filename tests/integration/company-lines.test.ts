import { describe, expect, it } from "vitest";
import { callerAs, createEnterprise, rejection, rejectionCode, testDb } from "~/tests/kit";

const serviceOf = (id: string) =>
  testDb().service.findUniqueOrThrow({ where: { id }, select: { identifier: true, costCentreId: true, assignedUserId: true } });

describe("the admin's lines table", () => {
  it("filters by cost centre, person, kind and status, sorts, and pages", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const all = await admin.companyLines.list({ pageSize: 100 });
    expect(all.total).toBe(acme.lineIds.length);
    const choices = await admin.companyLines.choices();
    expect(choices.people.map((p) => p.userId).sort()).toEqual([acme.admin.userId, acme.subUser.userId].sort());
    expect(choices.costCentres).toHaveLength(3);

    const ops = await admin.companyLines.list({ pageSize: 100, costCentreId: acme.costCentres.operations });
    expect(ops.items.map((l) => l.id).sort()).toEqual([acme.lines.fieldPhone1, acme.lines.fieldPhone2].sort());
    const nobody = await admin.companyLines.list({ pageSize: 100, assignedUserId: "none" });
    expect(nobody.items.map((l) => l.id)).not.toContain(acme.lines.ceoPhone);
    expect((await admin.companyLines.list({ pageSize: 100, status: "suspended" })).items.map((l) => l.id)).toEqual([acme.lines.fibre]);
    expect((await admin.companyLines.list({ pageSize: 100, kind: "fixed_voice" })).items.map((l) => l.id)).toEqual([
      acme.lines.switchboard,
    ]);

    const byLabel = await admin.companyLines.list({ pageSize: 100, sort: "label", dir: "desc" });
    const labels = byLabel.items.map((l) => l.label).filter((l): l is string => l !== null);
    expect(labels).toEqual([...labels].sort((a, b) => b.localeCompare(a, "en")));
    const page2 = await admin.companyLines.list({ pageSize: 3, page: 2 });
    expect(page2).toMatchObject({ page: 2, pageCount: Math.ceil(acme.lineIds.length / 3) });
    expect(await rejectionCode((await callerAs(acme.subUser)).companyLines.list({}))).toBe("FORBIDDEN");
  });

  it("assigns lines to a cost centre and a person in bulk; another company's line, centre or person is not found", async () => {
    const acme = await createEnterprise();
    const other = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const ids = [acme.lines.fieldPhone2, acme.lines.reception];
    expect(
      await admin.companyLines.assign({ serviceIds: ids, costCentreId: acme.costCentres.sales, assignedUserId: acme.subUser.userId }),
    ).toEqual({
      changed: 2,
    });
    for (const id of ids)
      expect(await serviceOf(id)).toMatchObject({ costCentreId: acme.costCentres.sales, assignedUserId: acme.subUser.userId });
    await admin.companyLines.assign({ serviceIds: [acme.lines.reception], assignedUserId: null });
    expect(await serviceOf(acme.lines.reception)).toMatchObject({ costCentreId: acme.costCentres.sales, assignedUserId: null });

    const before = await serviceOf(acme.lines.fieldPhone2);
    for (const bad of [
      { serviceIds: [acme.lines.fieldPhone2, other.lines.ceoPhone], costCentreId: acme.costCentres.sales },
      { serviceIds: [acme.lines.fieldPhone2], costCentreId: other.costCentres.sales },
      { serviceIds: [acme.lines.fieldPhone2], assignedUserId: other.admin.userId },
    ]) {
      expect(await rejectionCode(admin.companyLines.assign(bad))).toBe("NOT_FOUND");
    }
    expect(await serviceOf(acme.lines.fieldPhone2)).toEqual(before);
    expect(await rejectionCode(admin.companyLines.assign({ serviceIds: [acme.lines.fieldPhone2] }))).toBe("BAD_REQUEST");
    const audited = await testDb().auditLog.findMany({ where: { customerId: acme.customerId, action: "lines.assign" } });
    expect(audited).toHaveLength(2);
  });
});

describe("the assignments file", () => {
  async function world() {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    const code = async (id: string) => (await testDb().costCentre.findUniqueOrThrow({ where: { id } })).code;
    const identifier = async (id: string) => (await serviceOf(id)).identifier;
    return { acme, admin, code, identifier };
  }

  it("previews, then applies every row in one go", async () => {
    const { acme, admin, code, identifier } = await world();
    const csv = [
      "\uFEFFIdentifier,Cost_Centre,Assignee",
      `${await identifier(acme.lines.fieldPhone2)},${await code(acme.costCentres.sales)},${acme.subUser.email.toUpperCase()}`,
      `${await identifier(acme.lines.ceoPhone)},,`,
    ].join("\r\n");
    const preview = await admin.companyLines.previewImport({ csv });
    expect(preview).toMatchObject({ applied: false, fileProblem: null, changed: 2 });
    expect(preview.rows.map((r) => r.problems)).toEqual([[], []]);
    expect(await serviceOf(acme.lines.fieldPhone2)).toMatchObject({ costCentreId: acme.costCentres.operations }); // nothing yet

    expect(await admin.companyLines.applyImport({ csv })).toMatchObject({ applied: true, changed: 2 });
    expect(await serviceOf(acme.lines.fieldPhone2)).toMatchObject({
      costCentreId: acme.costCentres.sales,
      assignedUserId: acme.subUser.userId,
    });
    expect(await serviceOf(acme.lines.ceoPhone)).toMatchObject({ costCentreId: null, assignedUserId: null });
  });

  it("one bad row applies nothing and says which row and why", async () => {
    const { acme, admin, code, identifier } = await world();
    const other = await createEnterprise();
    const csv = [
      "identifier,cost_centre",
      `${await identifier(acme.lines.fieldPhone2)},${await code(acme.costCentres.sales)}`,
      `${await identifier(other.lines.ceoPhone)},${await code(acme.costCentres.sales)}`,
      `${await identifier(acme.lines.reception)},NOPE`,
      `${await identifier(acme.lines.fieldPhone2)},${await code(acme.costCentres.sales)}`,
    ].join("\n");
    const preview = await admin.companyLines.previewImport({ csv });
    expect(preview.rows.map((r) => [r.line, r.problems])).toEqual([
      [2, []],
      [3, ["unknownLine"]],
      [4, ["unknownCostCentre"]],
      [5, ["duplicateLine"]],
    ]);
    const refused = await rejection(admin.companyLines.applyImport({ csv }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(await serviceOf(acme.lines.fieldPhone2)).toMatchObject({ costCentreId: acme.costCentres.operations });
    expect(await testDb().auditLog.count({ where: { customerId: acme.customerId, action: "lines.import" } })).toBe(0);

    expect((await admin.companyLines.previewImport({ csv: "line,centre\n1,2" })).fileProblem).toBe("missingIdentifierColumn");
    expect((await admin.companyLines.previewImport({ csv: "identifier,label\nx,y" })).fileProblem).toBe("noChangeColumns");
    expect((await admin.companyLines.previewImport({ csv: 'identifier,cost_centre\n"unclosed,x' })).fileProblem).toBe("unreadable");
  });

  it("an archived cost centre takes no new lines, in bulk or from a file, and is not offered", async () => {
    const { acme, admin, code, identifier } = await world();
    await testDb().costCentre.update({ where: { id: acme.costCentres.sales }, data: { archivedAt: new Date("2026-11-30T12:00:00Z") } });
    expect((await admin.companyLines.choices()).costCentres.map((c) => c.id)).not.toContain(acme.costCentres.sales);
    expect(
      await rejectionCode(admin.companyLines.assign({ serviceIds: [acme.lines.fieldPhone2], costCentreId: acme.costCentres.sales })),
    ).toBe("BAD_REQUEST");
    const csv = `identifier,cost_centre\n${await identifier(acme.lines.fieldPhone2)},${await code(acme.costCentres.sales)}\n`;
    expect((await admin.companyLines.previewImport({ csv })).rows[0]!.problems).toEqual(["archivedCostCentre"]);
    expect(await serviceOf(acme.lines.fieldPhone2)).toMatchObject({ costCentreId: acme.costCentres.operations });
  });
});
