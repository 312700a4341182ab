import { describe, expect, it } from "vitest";
import { notificationKinds } from "~/server/modules/notifications/kinds";
import { notify } from "~/server/modules/notifications/notify";
import { callerAs, clientShape, createHousehold, createNotification, createStaff, rejection, testDb } from "~/tests/kit";

const db = () => testDb();

describe("notifications", () => {
  it("lists a person's notifications newest first, rendered in their language", async () => {
    const jana = await createHousehold({ locale: "cs" });
    await createNotification({
      userId: jana.userId,
      kind: "bill.issued",
      data: { period: "10/2026", amount: "499 Kč" },
      link: "/bills",
      createdAt: new Date("2026-11-22T08:00:00Z"),
    });
    const page = await (await callerAs(jana)).notifications.list({});
    expect(page.total).toBe(2);
    expect(page.items.map((n) => n.title)).toEqual(["Vyúčtování za 10/2026 je připraveno", "Platba přijata"]);
    expect(page.items[0]).toMatchObject({ kind: "bill.issued", body: "Celková částka je 499 Kč.", link: "/bills", read: false });
    expect(page.items[1]).toMatchObject({ id: jana.notificationId, body: "Děkujeme, přijali jsme €12.00." });
  });

  it("the same notification reads in Russian for a Russian speaker and in English for staff", async () => {
    const ivan = await createHousehold({ locale: "ru" });
    expect((await (await callerAs(ivan)).notifications.list({})).items[0]).toMatchObject({
      title: "Платёж получен",
      body: "Спасибо, мы получили €12.00.",
    });
    const agent = await createStaff("billing_agent");
    expect((await (await callerAs(agent)).notifications.list({})).items[0]).toMatchObject({ title: "Payment received" });
  });

  it("lists only unread ones on request, and pages", async () => {
    const jana = await createHousehold();
    await createNotification({
      userId: jana.userId,
      kind: "order.updated",
      data: { order: "O-1", stage: "shipped" },
      readAt: new Date("2026-11-01"),
      createdAt: new Date("2026-10-30T08:00:00Z"),
    });
    await createNotification({
      userId: jana.userId,
      kind: "ticket.updated",
      data: { ticket: "T-9", status: "resolved" },
      createdAt: new Date("2026-11-21T08:00:00Z"),
    });
    const caller = await callerAs(jana);
    expect((await caller.notifications.list({ unreadOnly: true })).total).toBe(2);
    const first = await caller.notifications.list({ pageSize: 2 });
    expect(first).toMatchObject({ total: 3, pageCount: 2, page: 1 });
    const second = await caller.notifications.list({ pageSize: 2, page: 2 });
    expect(new Set([...first.items, ...second.items].map((n) => n.id)).size).toBe(3);
  });

  it("unreadCount counts only the caller's unread notifications", async () => {
    const jana = await createHousehold();
    const other = await createHousehold();
    await createNotification({ userId: jana.userId, kind: "payment.received", data: { amount: "1 €" } });
    await createNotification({ userId: jana.userId, kind: "payment.received", data: { amount: "2 €" }, readAt: new Date("2026-11-01") });
    expect(await (await callerAs(jana)).notifications.unreadCount()).toBe(2);
    expect(await (await callerAs(other)).notifications.unreadCount()).toBe(1);
  });

  it("marks its own notification read at the clock's time", async () => {
    const jana = await createHousehold();
    const caller = await callerAs(jana);
    expect(await caller.notifications.markRead({ id: jana.notificationId })).toEqual({ ok: true });
    expect(await caller.notifications.unreadCount()).toBe(0);
    const row = await db().notification.findUniqueOrThrow({ where: { id: jana.notificationId } });
    expect(row.readAt?.toISOString()).toBe("2026-11-23T10:00:00.000Z");
    expect(await caller.notifications.markRead({ id: jana.notificationId })).toEqual({ ok: true }); // again: still ok
  });

  it("marking someone else's notification is NOT_FOUND and leaves it unread", async () => {
    const jana = await createHousehold();
    const mallory = await createHousehold();
    const error = await rejection((await callerAs(mallory)).notifications.markRead({ id: jana.notificationId }));
    expect(error.code).toBe("NOT_FOUND");
    expect((await db().notification.findUniqueOrThrow({ where: { id: jana.notificationId } })).readAt).toBeNull();
  });

  it("marking a notification that does not exist is NOT_FOUND", async () => {
    const jana = await createHousehold();
    const error = await rejection((await callerAs(jana)).notifications.markRead({ id: "00000000-0000-4000-8000-000000000000" }));
    expect(error.code).toBe("NOT_FOUND");
  });

  it("markAllRead marks all of the caller's and nobody else's", async () => {
    const jana = await createHousehold();
    const other = await createHousehold();
    await createNotification({ userId: jana.userId, kind: "payment.received", data: { amount: "1 €" } });
    const caller = await callerAs(jana);
    expect(await caller.notifications.markAllRead()).toEqual({ updated: 2 });
    expect(await caller.notifications.unreadCount()).toBe(0);
    expect(await caller.notifications.markAllRead()).toEqual({ updated: 0 });
    expect(await (await callerAs(other)).notifications.unreadCount()).toBe(1);
  });

  it("preferences list every kind on both channels; the profile-change e-mail is locked on", async () => {
    const jana = await createHousehold();
    const prefs = await (await callerAs(jana)).notifications.preferences();
    expect(prefs).toHaveLength(notificationKinds.length * 2);
    expect(prefs.filter((p) => p.locked)).toEqual([{ kind: "account.profile-updated", channel: "email", locked: true, enabled: true }]);
    expect(prefs.every((p) => p.enabled)).toBe(true);
  });

  it("switching off the locked e-mail is PRECONDITION_FAILED naming the field enabled", async () => {
    const jana = await createHousehold();
    const caller = await callerAs(jana);
    const error = await rejection(
      caller.notifications.setPreference({ kind: "account.profile-updated", channel: "email", enabled: false }),
    );
    expect(error.code).toBe("PRECONDITION_FAILED");
    expect(clientShape(error, "notifications.setPreference", "mutation").data).toMatchObject({
      fields: ["enabled"],
      domainCode: "INVALID_STATE",
    });
    expect(await db().notificationPreference.count({ where: { userId: jana.userId } })).toBe(0);
    const prefs = await caller.notifications.setPreference({ kind: "account.profile-updated", channel: "email", enabled: true });
    expect(prefs.find((p) => p.kind === "account.profile-updated" && p.channel === "email")).toMatchObject({ enabled: true, locked: true });
  });

  it("a switched-off preference is saved and returned", async () => {
    const jana = await createHousehold();
    const prefs = await (await callerAs(jana)).notifications.setPreference({ kind: "bill.issued", channel: "email", enabled: false });
    expect(prefs.find((p) => p.kind === "bill.issued" && p.channel === "email")).toEqual({
      kind: "bill.issued",
      channel: "email",
      enabled: false,
      locked: false,
    });
    expect((await (await callerAs(jana)).notifications.preferences()).filter((p) => !p.enabled)).toHaveLength(1);
  });

  it("with in-app off for a kind, notify() writes the e-mail but no in-app row", async () => {
    const jana = await createHousehold();
    await (await callerAs(jana)).notifications.setPreference({ kind: "bill.issued", channel: "in_app", enabled: false });
    await db().$transaction((tx) =>
      notify(tx, { userId: jana.userId, customerId: jana.customerId }, "bill.issued", { period: "11/2026", amount: "€9" }, "/bills"),
    );
    expect(await db().notification.count({ where: { userId: jana.userId, kind: "bill.issued" } })).toBe(0);
    expect(await db().outboxMessage.count({ where: { payload: { path: ["to"], equals: jana.email } } })).toBe(1);
  });

  it("with e-mail off for a kind, notify() writes the in-app row but no e-mail", async () => {
    const jana = await createHousehold();
    await (await callerAs(jana)).notifications.setPreference({ kind: "usage.threshold", channel: "email", enabled: false });
    await db().$transaction((tx) => notify(tx, { userId: jana.userId }, "usage.threshold", { service: "+420 777 000 111", percent: 80 }));
    expect(await db().notification.count({ where: { userId: jana.userId, kind: "usage.threshold" } })).toBe(1);
    expect(await db().outboxMessage.count({ where: { payload: { path: ["to"], equals: jana.email } } })).toBe(0);
  });

  it("with in-app off for profile changes, the change still e-mails (locked) but adds no in-app notice", async () => {
    const jana = await createHousehold();
    const caller = await callerAs(jana);
    await caller.notifications.setPreference({ kind: "account.profile-updated", channel: "in_app", enabled: false });
    await caller.profile.update({ name: "Jana Tichá", phone: null, locale: "en" });
    expect(await db().notification.count({ where: { userId: jana.userId, kind: "account.profile-updated" } })).toBe(0);
    expect(await db().outboxMessage.count({ where: { payload: { path: ["to"], equals: jana.email } } })).toBe(1);
  });

  it("an anonymous caller has no notifications", async () => {
    expect((await rejection((await callerAs(null)).notifications.unreadCount())).code).toBe("UNAUTHORIZED");
  });
});
