// Outbox → relay → e-mail job against a real PostgreSQL (DATABASE_URL), with a recording mailer.
// Point it at a test database with no worker running: a live worker would deliver these rows itself.
import { randomUUID } from "node:crypto";
import { env } from "~/server/env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "~/server/db/client";
import { fixedClock } from "~/server/lib/clock";
import type { Mail, Mailer } from "~/server/mail/mailer";
import { notify } from "~/server/modules/notifications/notify";
import { relayOutbox, type Enqueue } from "./outbox-relay";
import { markEmailFailed, sendEmail } from "./send-email";

const databaseUrl = env.DATABASE_URL;
// The relay's "now": later than any row's availableAt (rows take the database's time), so every row is due.
const relayClock = fixedClock("2100-01-01T00:00:00Z");

function recordingMailer({ fail, delayMs = 0 }: { fail?: string; delayMs?: number } = {}): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return {
    sent,
    async send(mail) {
      await new Promise((resolve) => setTimeout(resolve, delayMs)); // a slow SMTP server: lets two runs overlap
      if (fail) throw new Error(fail);
      sent.push(mail);
    },
    close() {},
  };
}

describe("outbox delivery", () => {
  let db: Db;
  let userId: string;
  const email = `outbox-${randomUUID()}@example.test`;
  const ours = new Set<string>();

  /** One relay pass; rows of other tests or runs that it claimed are handed back untouched. */
  async function relayPass(enqueue?: Enqueue) {
    const calls: { topic: string; id: string }[] = [];
    await relayOutbox(
      db,
      async (topic, id) => {
        calls.push({ topic, id });
        if (ours.has(id) && enqueue) await enqueue(topic, id);
      },
      { limit: 100_000, clock: relayClock },
    ); // other suites fill the outbox in parallel: claim them all, so ours is never past the batch
    const foreign = calls.filter((c) => !ours.has(c.id)).map((c) => c.id);
    if (foreign.length) await db.outboxMessage.updateMany({ where: { id: { in: foreign } }, data: { status: "pending" } });
    return calls.filter((c) => ours.has(c.id));
  }

  async function outboxRowsOf(to: string) {
    const rows = await db.outboxMessage.findMany({ where: { payload: { path: ["to"], equals: to } } });
    rows.forEach((r) => ours.add(r.id));
    return rows;
  }

  beforeAll(async () => {
    db = createDb(databaseUrl!, 4);
    const user = await db.user.create({ data: { email, name: "Outbox Test", passwordHash: "not-a-hash" }, select: { id: true } });
    userId = user.id;
  });

  afterAll(async () => {
    await db.outboxMessage.deleteMany({ where: { id: { in: [...ours] } } });
    await db.user.deleteMany({ where: { id: userId } });
    await db.$disconnect();
  });

  it("relays a notice's e-mail and sends it once, even when the job runs twice", async () => {
    await db.$transaction((tx) => notify(tx, { userId }, "bill.issued", { period: "November 2026", amount: "1 234,00 Kč" }, "/bills"));
    const [row] = await outboxRowsOf(email);
    expect(row).toMatchObject({ topic: "email", status: "pending" });

    expect(await relayPass()).toEqual([{ topic: "email", id: row!.id }]);
    expect(await db.outboxMessage.findUnique({ where: { id: row!.id } })).toMatchObject({ status: "queued" });
    expect(await relayPass()).toEqual([]); // queued rows are not relayed again

    const mailer = recordingMailer({ delayMs: 200 });
    const concurrent = await Promise.all([sendEmail(db, mailer, row!.id), sendEmail(db, mailer, row!.id)]);
    const again = await sendEmail(db, mailer, row!.id);

    expect(concurrent.sort()).toEqual(["already-done", "sent"]);
    expect(again).toBe("already-done");
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]).toMatchObject({ to: email, subject: expect.stringContaining("November 2026") });
    const after = await db.outboxMessage.findUnique({ where: { id: row!.id } });
    expect(after).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(after?.sentAt).toBeInstanceOf(Date);
  });

  it("records a failed SMTP attempt, rethrows for a retry, and ends failed once retries are exhausted", async () => {
    const to = `retry-${randomUUID()}@example.test`;
    const row = await db.outboxMessage.create({ data: { topic: "email", payload: { to, subject: "Hi", text: "Body" }, status: "queued" } });
    ours.add(row.id);

    await expect(sendEmail(db, recordingMailer({ fail: "421 try again later" }), row.id)).rejects.toThrow("421 try again later");
    expect(await db.outboxMessage.findUnique({ where: { id: row.id } })).toMatchObject({
      status: "queued",
      attempts: 1,
      lastError: "421 try again later",
    });

    await markEmailFailed(db, row.id); // what the dead-letter handler does
    const mailer = recordingMailer();
    expect(await sendEmail(db, mailer, row.id)).toBe("already-done");
    expect(mailer.sent).toEqual([]);
    expect(await db.outboxMessage.findUnique({ where: { id: row.id } })).toMatchObject({ status: "failed" });
  });

  it("keeps a row pending, with the reason, when it cannot be enqueued", async () => {
    const row = await db.outboxMessage.create({ data: { topic: "email", payload: { to: "x@example.test", subject: "s", text: "t" } } });
    ours.add(row.id);
    expect(await relayPass(async () => Promise.reject(new Error("queue unavailable")))).toHaveLength(1);
    const after = await db.outboxMessage.findUnique({ where: { id: row.id } });
    expect(after).toMatchObject({ status: "pending", lastError: "queue unavailable" });
    expect(after!.availableAt.getTime()).toBeGreaterThan(relayClock.now().getTime()); // parked, not retried every second
  });
});
