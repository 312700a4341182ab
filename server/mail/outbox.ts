import type { Tx } from "~/server/db/client";

/** An e-mail to send, written in the caller's transaction: the outbox relay delivers it only if that commits. */
export const enqueueEmail = (tx: Tx, to: string, mail: { subject: string; text: string }) =>
  tx.outboxMessage.create({ data: { topic: "email", payload: { to, ...mail } }, select: { id: true } });
