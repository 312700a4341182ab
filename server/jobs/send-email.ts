// The "email" job: delivers one outbox row. Safe to run any number of times for the same row.
import type { Db } from "~/server/db/client";
import { systemClock, type Clock } from "~/server/lib/clock";
import type { Mail, Mailer } from "~/server/mail/mailer";

export type EmailJob = { outboxId: string };
export type SendOutcome = "sent" | "already-done" | "missing" | "invalid";

type Step = { outcome: SendOutcome } | { error: unknown };

/**
 * Sends the row's mail unless it was already sent. On an SMTP error it records the attempt and
 * rethrows, so pg-boss retries; once retries run out the dead-letter handler marks it failed.
 */
export async function sendEmail(db: Db, mailer: Mailer, outboxId: string, clock: Clock = systemClock): Promise<SendOutcome> {
  const step = await db.$transaction(
    async (tx): Promise<Step> => {
      // The row lock makes a second job for the same row wait here, then find it sent: one mail, not two.
      const [row] = await tx.$queryRaw<{ status: string; payload: unknown }[]>`
        SELECT status::text AS status, payload FROM "OutboxMessage" WHERE id = ${outboxId}::uuid FOR UPDATE`;
      if (!row) return { outcome: "missing" };
      if (row.status === "sent" || row.status === "failed") return { outcome: "already-done" };
      const mail = asMail(row.payload);
      if (!mail) {
        // Retrying cannot repair a malformed payload: fail it now instead of six times.
        await tx.outboxMessage.update({
          where: { id: outboxId },
          data: { status: "failed", lastError: "payload is not {to, subject, text}" },
        });
        return { outcome: "invalid" };
      }
      try {
        await mailer.send(mail);
      } catch (error) {
        const lastError = error instanceof Error ? error.message : String(error);
        await tx.outboxMessage.update({ where: { id: outboxId }, data: { attempts: { increment: 1 }, lastError } });
        return { error };
      }
      await tx.outboxMessage.update({
        where: { id: outboxId },
        data: { status: "sent", sentAt: clock.now(), attempts: { increment: 1 }, lastError: null },
      });
      return { outcome: "sent" };
    },
    // Longer than the mailer's own timeouts, so SMTP gives up before the transaction does.
    { timeout: 90_000, maxWait: 10_000 },
  );
  if ("error" in step) throw step.error;
  return step.outcome;
}

/** Dead-letter handler: the job's retries are exhausted. A row that did get sent stays sent. */
export async function markEmailFailed(db: Db, outboxId: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id: outboxId, status: { in: ["pending", "queued"] } },
    data: { status: "failed" },
  });
}

function asMail(payload: unknown): Mail | null {
  if (!payload || typeof payload !== "object") return null;
  const { to, subject, text } = payload as Record<string, unknown>;
  return typeof to === "string" && to && typeof subject === "string" && typeof text === "string" ? { to, subject, text } : null;
}
