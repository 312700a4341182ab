// The enterprise admin's company profile over the real router: legal name, IČO (mod-11 check digit), DIČ, address and
// billing contacts; a save is audited with the changed fields' names, and the bill PDF names the company as saved.
import { describe, expect, it } from "vitest";
import { depsFor } from "~/server/container";
import { billCustomer } from "~/server/modules/bills/use-cases/bill-customer";
import { validCompanyId } from "~/server/modules/company/company.schemas";
import { callerAs, clientShape, createEnterprise, kitClock, principalOf, rejection, rejectionCode, testDb } from "~/tests/kit";

const profile = {
  legalName: "Acme Trading s.r.o.",
  companyId: "25596641",
  vatId: "CZ25596641",
  address: "Na Příkopě 1, 110 00 Praha 1",
  billingContacts: [{ name: "Věra Účetní", email: "vera@acme.test", phone: "+420 777 123 456" }],
};

const auditOf = (customerId: string) =>
  testDb().auditLog.findMany({
    where: { customerId, entity: "company" },
    orderBy: { id: "asc" },
    select: { action: true, entityId: true, data: true, actorUserId: true },
  });
const storedOf = (customerId: string) =>
  testDb().customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { name: true, companyId: true, vatId: true, address: true, billingContacts: { orderBy: { position: "asc" } } },
  });

describe("the IČO check digit", () => {
  it("accepts registered numbers and refuses a wrong last digit", () => {
    for (const ico of ["25596641", "27074358", "45274649", "26168685", "00000001"]) expect(validCompanyId(ico)).toBe(true);
    for (const ico of ["25596642", "87654321", "1234567", "123456789", "2559664a"]) expect(validCompanyId(ico)).toBe(false);
  });
});

describe("company.update", () => {
  it("saves the profile with an audit row of the changed fields; the bill PDF's customer block follows it", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    expect(await admin.company.get()).toMatchObject({ companyId: null, vatId: null, billingContacts: [] });

    expect(await admin.company.update({ ...profile, companyId: "2559 6641", vatId: "cz 25596641" })).toEqual({
      changed: ["legalName", "companyId", "vatId", "address", "billingContacts"],
    });
    expect(await admin.company.get()).toEqual(profile);
    const actor = await principalOf(acme.admin);
    if (actor?.kind !== "customer") throw new Error("the admin acts for the company");
    expect(await billCustomer(depsFor(testDb(), kitClock()), actor)).toEqual({
      name: profile.legalName,
      address: profile.address,
      companyId: profile.companyId,
      vatId: profile.vatId,
    });

    const contacts = [...profile.billingContacts, { name: "Jan Faktura", email: "JAN@acme.test", phone: "+420 601 000 111" }];
    expect(await admin.company.update({ ...profile, vatId: "", billingContacts: contacts })).toEqual({
      changed: ["vatId", "billingContacts"],
    });
    expect((await admin.company.get()).billingContacts.map((c) => c.email)).toEqual(["vera@acme.test", "jan@acme.test"]);
    expect((await storedOf(acme.customerId)).vatId).toBeNull();
    // saving what is there already changes nothing and records nothing
    expect(await admin.company.update({ ...profile, vatId: null, billingContacts: contacts })).toEqual({ changed: [] });

    expect(await auditOf(acme.customerId)).toEqual([
      {
        action: "company.profile",
        entityId: acme.customerId,
        actorUserId: acme.admin.userId,
        data: { fields: ["legalName", "companyId", "vatId", "address", "billingContacts"] },
      },
      {
        action: "company.profile",
        entityId: acme.customerId,
        actorUserId: acme.admin.userId,
        data: { fields: ["vatId", "billingContacts"] },
      },
    ]);
  });

  it("refuses a bad IČO, DIČ, e-mail or no contact as field errors, and changes nothing", async () => {
    const acme = await createEnterprise();
    const admin = await callerAs(acme.admin);
    await admin.company.update(profile);
    const before = await storedOf(acme.customerId);
    const cases: [Partial<typeof profile> | Record<string, unknown>, string[]][] = [
      [{ companyId: "25596642" }, ["companyId"]],
      [{ companyId: "1234567" }, ["companyId"]],
      [{ vatId: "SK25596641" }, ["vatId"]],
      [{ vatId: "CZ1234567" }, ["vatId"]],
      [{ legalName: "  " }, ["legalName"]],
      [{ billingContacts: [] }, ["billingContacts"]],
      [{ billingContacts: [{ name: "X", email: "not-an-address", phone: "+420 777 123 456" }] }, ["billingContacts.0.email"]],
      [{ billingContacts: [{ name: "X", email: "x@acme.test", phone: "call me" }] }, ["billingContacts.0.phone"]],
    ];
    for (const [change, fields] of cases) {
      const error = await rejection(admin.company.update({ ...profile, ...change } as typeof profile));
      expect(error.code).toBe("BAD_REQUEST");
      expect(clientShape(error, "company.update", "mutation").data).toMatchObject({ fields });
    }
    expect(await storedOf(acme.customerId)).toEqual(before);
    expect(await auditOf(acme.customerId)).toHaveLength(1);
  });

  it("is the company admins' own: a sub-user is FORBIDDEN, and an admin reaches only their own company", async () => {
    const [acme, other] = [await createEnterprise(), await createEnterprise()];
    const sub = await callerAs(acme.subUser);
    expect(await rejectionCode(sub.company.get())).toBe("FORBIDDEN");
    expect(await rejectionCode(sub.company.update(profile))).toBe("FORBIDDEN");
    const before = await storedOf(other.customerId);
    await (await callerAs(acme.admin)).company.update(profile);
    expect(await storedOf(other.customerId)).toEqual(before);
    expect((await (await callerAs(other.admin)).company.get()).legalName).toBe(before.name);
    expect(await auditOf(other.customerId)).toEqual([]);
    expect((await storedOf(acme.customerId)).name).toBe(profile.legalName);
  });
});
