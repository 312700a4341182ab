// The built-in repair system's event outbox and command keys. Events are written in the command's
// transaction, so an event exists iff its change does; the relay hands them on oldest first.
import type { Db, Tx } from "~/server/db/client";
import type { Prisma } from "~/server/db/generated/client";
import type { EventOutbox } from "~/server/gateways/events";
import { conflict } from "~/server/lib/errors";
import type { NewRepairEvent, RepairEvent } from "./repair-events";
import type { Command } from "./repair-gateway";

export async function emit(tx: Tx, events: NewRepairEvent[]) {
  if (events.length === 0) return;
  await tx.repairEvent.createMany({
    data: events.map((e) => ({ eventType: e.eventType, eventTime: new Date(e.eventTime), payload: e as unknown as Prisma.InputJsonValue })),
  });
}

/**
 * What an earlier run of this command key produced, or undefined for a first run. Takes a lock on
 * the key for the rest of the transaction, so two retries at once run one after the other.
 */
export async function previousResult<T>(tx: Tx, command: Command | undefined, name: string): Promise<T | undefined> {
  if (!command) return undefined;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${command.key}::text))`;
  const row = await tx.repairCommand.findUnique({ where: { key: command.key } });
  if (row && row.command !== name) throw conflict("the idempotency key belongs to another command");
  return row ? (row.result as T) : undefined;
}

export async function recordResult(tx: Tx, command: Command | undefined, name: string, result: Prisma.InputJsonValue) {
  if (command) await tx.repairCommand.create({ data: { key: command.key, command: name, result } });
}

export function createPostgresRepairFeed(db: Db): EventOutbox<RepairEvent> {
  return {
    async relay(send, limit = 50) {
      return db.$transaction(async (tx) => {
        // SKIP LOCKED: relays side by side never take the same rows; the order is the order of commit… near enough:
        // each ticket's events come from commands serialised on its row, so per ticket the order is exact.
        const rows = await tx.$queryRaw<{ eventId: string; payload: NewRepairEvent }[]>`
          SELECT "eventId"::text AS "eventId", payload FROM "RepairEvent"
          WHERE "queuedAt" IS NULL ORDER BY id LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return 0;
        const sent = await send(rows.map((r) => ({ ...r.payload, eventId: r.eventId }) as RepairEvent));
        if (sent.length) await tx.repairEvent.updateMany({ where: { eventId: { in: sent } }, data: { queuedAt: new Date() } });
        return sent.length;
      });
    },
  };
}
