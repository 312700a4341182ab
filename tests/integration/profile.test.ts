import { describe, expect, it } from "vitest";
import { callerAs, clientShape, createHousehold, createStaff, rejection, testDb } from "~/tests/kit";

const db = () => testDb();
const outboxFor = (email: string) =>
  db().outboxMessage.findMany({ where: { topic: "email", payload: { path: ["to"], equals: email } }, orderBy: { createdAt: "asc" } });
const auditFor = (userId: string) =>
  db().auditLog.findMany({ where: { entityId: userId, action: "profile.update" }, orderBy: { id: "asc" } });
const noticesFor = (userId: string) => db().notification.findMany({ where: { userId, kind: "account.profile-updated" } });

describe("profile.update", () => {
  it("changes name, phone and language, audits it, and sends a security notice in-app and by e-mail", async () => {
    const jana = await createHousehold();
    const caller = await callerAs(jana);
    const result = await caller.profile.update({ name: "  Jana Svobodová ", phone: "+420 777 123 456", locale: "ru" });
    expect(result).toEqual({ name: "Jana Svobodová", phone: "+420 777 123 456", locale: "ru", changed: ["name", "phone", "locale"] });

    const user = await db().user.findUniqueOrThrow({ where: { id: jana.userId } });
    expect(user).toMatchObject({ name: "Jana Svobodová", phone: "+420 777 123 456", locale: "ru" });

    const audit = await auditFor(jana.userId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: jana.userId,
      customerId: jana.customerId,
      entity: "user",
      data: { changed: ["name", "phone", "locale"] },
    });

    const notices = await noticesFor(jana.userId);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      customerId: jana.customerId,
      link: "/profile",
      data: { fields: "name, phone, locale" },
      readAt: null,
    });

    const mail = await outboxFor(jana.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ topic: "email", payload: { to: jana.email, subject: "Ваши контактные данные изменены" } });
  });

  it("writes the e-mail in the language the user chose before, Czech here", async () => {
    const jana = await createHousehold();
    const caller = await callerAs(jana);
    expect(await caller.profile.setLocale({ locale: "cs" })).toEqual({ locale: "cs" });

    await caller.profile.update({ name: "Jana Černá", phone: null, locale: "cs" });
    const [mail] = await outboxFor(jana.email);
    const payload = mail?.payload as { to: string; subject: string; text: string };
    expect(payload.subject).toBe("Vaše kontaktní údaje byly změněny");
    expect(payload.text).toContain("Změněno: name");
    expect(payload.text).toMatch(/Otevřít na portálu: https?:\/\/\S+\/profile/);
    expect(payload.text).not.toMatch(/\{\w+\}/);
  });

  it("an e-mail in English for an English speaker", async () => {
    const jana = await createHousehold();
    await (await callerAs(jana)).profile.update({ name: jana.name, phone: "777 123 456", locale: "en" });
    const [mail] = await outboxFor(jana.email);
    expect(mail?.payload).toMatchObject({ subject: "Your contact details were changed" });
  });

  it("changing only the language is audited but sends no security notice", async () => {
    const jana = await createHousehold();
    const result = await (await callerAs(jana)).profile.update({ name: jana.name, phone: "", locale: "zh" });
    expect(result.changed).toEqual(["locale"]);
    expect(await auditFor(jana.userId)).toHaveLength(1);
    expect(await noticesFor(jana.userId)).toHaveLength(0);
    expect(await outboxFor(jana.email)).toHaveLength(0);
  });

  it("saving unchanged details records nothing", async () => {
    const jana = await createHousehold();
    const result = await (await callerAs(jana)).profile.update({ name: jana.name, phone: null, locale: "en" });
    expect(result.changed).toEqual([]);
    expect(await auditFor(jana.userId)).toHaveLength(0);
    expect(await noticesFor(jana.userId)).toHaveLength(0);
  });

  it("staff update their own profile too, audited without a customer", async () => {
    const tech = await createStaff("technician");
    await (await callerAs(tech)).profile.update({ name: "Technik Nový", phone: "+420 601 000 111", locale: "en" });
    const [row] = await auditFor(tech.userId);
    expect(row).toMatchObject({ actorUserId: tech.userId, customerId: null });
    expect(await noticesFor(tech.userId)).toHaveLength(1);
  });

  it("an invalid phone is BAD_REQUEST naming the field phone, and nothing changes", async () => {
    const jana = await createHousehold();
    const before = await db().user.findUniqueOrThrow({ where: { id: jana.userId } });
    const error = await rejection((await callerAs(jana)).profile.update({ name: "Someone Else", phone: "call me maybe", locale: "cs" }));
    expect(error.code).toBe("BAD_REQUEST");
    const shape = clientShape(error, "profile.update", "mutation");
    expect(shape.data.fields).toEqual(["phone"]);
    expect(shape.message).toContain("phone");

    expect(await db().user.findUniqueOrThrow({ where: { id: jana.userId } })).toEqual(before);
    expect(await auditFor(jana.userId)).toHaveLength(0);
    expect(await noticesFor(jana.userId)).toHaveLength(0);
    expect(await outboxFor(jana.email)).toHaveLength(0);
  });

  it("an unknown language or empty name is BAD_REQUEST naming each field", async () => {
    const jana = await createHousehold();
    const error = await rejection((await callerAs(jana)).profile.update({ name: "   ", phone: null, locale: "de" as never }));
    expect(clientShape(error, "profile.update", "mutation").data.fields.sort()).toEqual(["locale", "name"]);
  });

  it("an anonymous caller cannot update a profile", async () => {
    const error = await rejection((await callerAs(null)).profile.update({ name: "X", phone: null, locale: "en" }));
    expect(error.code).toBe("UNAUTHORIZED");
  });
});
