// The built-in billing system's debt suspensions: barring the non-essential features of an account's services for
// its unpaid bills and lifting them again, each change announced on the feed in its own transaction.
import type { Scope } from "~/server/auth/scope";
import type { Db, Tx } from "~/server/db/client";
import { barredFor, type BarredFeature, type SuspensionReason } from "~/server/domain/billing/suspension";
import { notFound } from "~/server/lib/errors";
import type { ServiceStateChangeEvent } from "./billing-events";
import type { ServiceSuspensionView, SuspensionChange } from "./billing-views";
import { accountInScope, UUID } from "./scope-sql";

type Kind = ServiceSuspensionView["kind"];

/** The account locked for the change (two dunning runs side by side take turns), or NOT_FOUND. */
async function lockAccount(tx: Tx, billingAccountId: string) {
  if (!UUID.test(billingAccountId)) throw notFound("billing account");
  const [account] = await tx.$queryRaw<{ id: string; number: string; customerId: string }[]>`
    SELECT id, number, "customerId" FROM "BillingAccount" WHERE id = ${billingAccountId}::uuid FOR UPDATE`;
  if (!account) throw notFound("billing account");
  return account;
}

async function announce(
  tx: Tx,
  at: Date,
  account: { id: string; number: string; customerId: string },
  state: "suspended" | "restored",
  reason: SuspensionReason,
  services: { id: string; kind: string; identifier: string; barred: BarredFeature[] }[],
) {
  const payload: ServiceStateChangeEvent["event"] = {
    serviceSuspension: {
      billingAccount: { id: account.id, number: account.number },
      relatedParty: [{ id: account.customerId, role: "customer" }],
      state,
      reason,
      services,
    },
  };
  await tx.billingEvent.create({ data: { eventType: "ServiceStateChangeEvent", eventTime: at, payload } });
}

export async function suspendServices(db: Db, at: Date, input: { billingAccountId: string; reason: SuspensionReason }) {
  return db.$transaction(async (tx): Promise<SuspensionChange> => {
    const account = await lockAccount(tx, input.billingAccountId);
    const live = await tx.service.findMany({
      where: { billingAccountId: account.id, status: { in: ["active", "suspended"] } },
      select: { id: true, kind: true, identifier: true },
      orderBy: { identifier: "asc" },
    });
    const open = new Set(
      (await tx.serviceSuspension.findMany({ where: { billingAccountId: account.id, restoredAt: null }, select: { serviceId: true } })).map(
        (s) => s.serviceId,
      ),
    );
    const barring = live
      .filter((s) => !open.has(s.id))
      .flatMap((s) => (barredFor(s.kind).length ? [{ ...s, barred: barredFor(s.kind) }] : []));
    if (barring.length > 0) {
      await tx.serviceSuspension.createMany({
        data: barring.map((s) => ({
          billingAccountId: account.id,
          serviceId: s.id,
          barred: s.barred,
          reason: input.reason,
          suspendedAt: at,
        })),
      });
      await announce(tx, at, account, "suspended", input.reason, barring);
    }
    return { billingAccountId: account.id, state: "suspended", serviceIds: barring.map((s) => s.id), at: at.toISOString() };
  });
}

export async function restoreServices(db: Db, at: Date, input: { billingAccountId: string }) {
  return db.$transaction(async (tx): Promise<SuspensionChange> => {
    const account = await lockAccount(tx, input.billingAccountId);
    const open = await tx.serviceSuspension.findMany({
      where: { billingAccountId: account.id, restoredAt: null },
      select: { id: true, serviceId: true, barred: true, reason: true },
    });
    if (open.length > 0) {
      await tx.serviceSuspension.updateMany({ where: { id: { in: open.map((s) => s.id) } }, data: { restoredAt: at } });
      const services = await tx.service.findMany({
        where: { id: { in: open.map((s) => s.serviceId) } },
        select: { id: true, kind: true, identifier: true },
        orderBy: { identifier: "asc" },
      });
      const barred = new Map(open.map((s) => [s.serviceId, s.barred as BarredFeature[]]));
      await announce(
        tx,
        at,
        account,
        "restored",
        open[0]!.reason as SuspensionReason,
        services.map((s) => ({ ...s, barred: barred.get(s.id) ?? [] })),
      );
    }
    return { billingAccountId: account.id, state: "restored", serviceIds: open.map((s) => s.serviceId).sort(), at: at.toISOString() };
  });
}

export async function listSuspensions(
  db: Db,
  scope: Scope,
  filters: { billingAccountId?: string; openOnly?: boolean },
): Promise<ServiceSuspensionView[]> {
  if (filters.billingAccountId !== undefined && !UUID.test(filters.billingAccountId)) return [];
  const rows = await db.$queryRaw<
    {
      id: string;
      account_id: string;
      service_id: string;
      kind: Kind;
      identifier: string;
      barred: string[];
      reason: string;
      suspended_at: Date;
      restored_at: Date | null;
    }[]
  >`
    SELECT x.id, x."billingAccountId" AS account_id, x."serviceId" AS service_id, s.kind::text AS kind, s.identifier, x.barred,
           x.reason, x."suspendedAt" AS suspended_at, x."restoredAt" AS restored_at
    FROM "ServiceSuspension" x JOIN "Service" s ON s.id = x."serviceId" JOIN "BillingAccount" ba ON ba.id = x."billingAccountId"
    WHERE ${accountInScope(scope)}
      AND (${scope.serviceIds}::uuid[] IS NULL OR s.id = ANY(${scope.serviceIds}::uuid[]))
      AND (${filters.billingAccountId ?? null}::uuid IS NULL OR ba.id = ${filters.billingAccountId ?? null}::uuid)
      AND (${filters.openOnly ?? false} = false OR x."restoredAt" IS NULL)
    ORDER BY x."suspendedAt" DESC, s.identifier`;
  return rows.map((r) => ({
    id: r.id,
    billingAccountId: r.account_id,
    serviceId: r.service_id,
    kind: r.kind,
    identifier: r.identifier,
    barred: r.barred as BarredFeature[],
    reason: r.reason as SuspensionReason,
    suspendedAt: r.suspended_at,
    restoredAt: r.restored_at,
  }));
}

export const suspendedAccounts = (db: Db) =>
  db.$queryRaw<{ billingAccountId: string; customerId: string }[]>`
    SELECT DISTINCT ba.id AS "billingAccountId", ba."customerId" AS "customerId"
    FROM "ServiceSuspension" x JOIN "BillingAccount" ba ON ba.id = x."billingAccountId" WHERE x."restoredAt" IS NULL`;
