// Moving a service to another billing account of the same customer (merging or splitting bills).
// The move takes effect from the old account's next period, so a period is never split between two
// bills; until then it can be cancelled. The bill cycle applies it once the old account's bill for
// the period before exists.
import type { Db } from "~/server/db/client";
import { conflict, invalid, notFound } from "~/server/lib/errors";
import { previewAccountBill } from "./bill-preview";
import type { BillPreview, ScheduledMove } from "./billing-gateway";
import type { IsoDate } from "./rating";

export { nextPeriod } from "~/server/domain/billing/vocabulary";

export type MoveRequest = { customerId: string; serviceId: string; toBillingAccountId: string };

/** The service and both accounts, all of this customer; NOT_FOUND otherwise. */
async function loadMove(db: Db, r: MoveRequest) {
  const service = await db.service.findFirst({
    where: { id: r.serviceId, customerId: r.customerId },
    select: { id: true, billingAccountId: true, status: true },
  });
  if (!service) throw notFound("service");
  const to = await db.billingAccount.findFirst({
    where: { id: r.toBillingAccountId, customerId: r.customerId },
    select: { id: true, currency: true },
  });
  if (!to) throw notFound("billing account");
  if (service.billingAccountId === to.id) throw invalid("toBillingAccountId", "the service is already billed to this account");
  const from = await db.billingAccount.findUniqueOrThrow({ where: { id: service.billingAccountId }, select: { id: true, currency: true } });
  if (from.currency !== to.currency) throw invalid("toBillingAccountId", "the accounts are billed in different currencies");
  if (service.status === "terminated") throw invalid("serviceId", "a terminated service cannot move");
  return { service, from, to };
}

/** Both accounts' bills for `period` as they would be with the service already on the new account. */
export async function previewMove(
  db: Db,
  r: MoveRequest & { period: string; today: IsoDate },
): Promise<{ from: BillPreview | null; to: BillPreview | null }> {
  const { service, from, to } = await loadMove(db, r);
  const assume = (tx: Parameters<NonNullable<Parameters<typeof previewAccountBill>[1]["assume"]>>[0]) =>
    tx.service.update({ where: { id: service.id }, data: { billingAccountId: to.id } });
  const common = { period: r.period, issueDate: r.today, serviceIds: null, assume };
  return {
    from: await previewAccountBill(db, { ...common, billingAccountId: from.id }),
    to: await previewAccountBill(db, { ...common, billingAccountId: to.id }),
  };
}

/** Records the move from `effectivePeriod`; CONFLICT when one is already pending for the service. */
export async function scheduleMove(db: Db, r: MoveRequest & { effectivePeriod: string; requestedById: string }): Promise<ScheduledMove> {
  const { service, from, to } = await loadMove(db, r);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Service" WHERE id = ${service.id}::uuid FOR UPDATE`; // one pending move per service
    const pending = await tx.serviceMove.count({ where: { serviceId: service.id, appliedAt: null, cancelledAt: null } });
    if (pending > 0) throw conflict("a move of this service is already scheduled");
    const move = await tx.serviceMove.create({
      data: {
        serviceId: service.id,
        fromBillingAccountId: from.id,
        toBillingAccountId: to.id,
        effectivePeriod: r.effectivePeriod,
        requestedById: r.requestedById,
      },
    });
    return toScheduled(move);
  });
}

export async function pendingMoves(db: Db, customerId: string, serviceIds: string[] | null): Promise<ScheduledMove[]> {
  // A move leaves one of the customer's own accounts: the few accounts narrow it, not the many services.
  const accounts = await db.billingAccount.findMany({ where: { customerId }, select: { id: true } });
  const moves = await db.serviceMove.findMany({
    where: {
      appliedAt: null,
      cancelledAt: null,
      fromBillingAccountId: { in: accounts.map((a) => a.id) },
      ...(serviceIds ? { serviceId: { in: serviceIds } } : {}),
    },
    orderBy: { createdAt: "asc" },
  });
  return moves.map(toScheduled);
}

export async function cancelMove(db: Db, customerId: string, moveId: string, now: Date): Promise<void> {
  const move = await db.serviceMove.findUnique({ where: { id: moveId } });
  const owned = move && (await db.service.count({ where: { id: move.serviceId, customerId } })) > 0;
  if (!move || !owned) throw notFound("move");
  const done = await db.serviceMove.updateMany({ where: { id: moveId, appliedAt: null, cancelledAt: null }, data: { cancelledAt: now } });
  if (done.count === 0) throw conflict("the move has already taken effect or was cancelled");
}

/** Applies moves due by `period` whose old account's bill for the period before exists. */
export async function applyDueMoves(db: Db, period: string, now: Date): Promise<number> {
  return db.$executeRaw`
    WITH due AS (
      UPDATE "ServiceMove" m SET "appliedAt" = ${now}
      WHERE m."appliedAt" IS NULL AND m."cancelledAt" IS NULL AND m."effectivePeriod" <= ${period}
        AND NOT EXISTS (
          SELECT 1 FROM "BillingAccount" a WHERE a.id = m."fromBillingAccountId"
            AND NOT EXISTS (SELECT 1 FROM "Bill" b WHERE b."billingAccountId" = a.id
                            AND b.period = to_char((m."effectivePeriod" || '-01')::date - interval '1 month', 'YYYY-MM')))
      RETURNING m."serviceId", m."toBillingAccountId"
    )
    UPDATE "Service" s SET "billingAccountId" = due."toBillingAccountId" FROM due WHERE s.id = due."serviceId"`;
}

const toScheduled = (m: {
  id: string;
  serviceId: string;
  fromBillingAccountId: string;
  toBillingAccountId: string;
  effectivePeriod: string;
}): ScheduledMove => ({
  id: m.id,
  serviceId: m.serviceId,
  fromBillingAccountId: m.fromBillingAccountId,
  toBillingAccountId: m.toBillingAccountId,
  effectivePeriod: m.effectivePeriod,
});
