// The in-memory billing system's debt suspensions: the same rules as the built-in one (service-suspension.ts), kept
// in a list; each change announced on the memory feed.
import { randomUUID } from "node:crypto";
import type { Scope } from "~/server/auth/scope";
import { barredFor, type SuspensionReason } from "~/server/domain/billing/suspension";
import type { Clock } from "~/server/lib/clock";
import { notFound } from "~/server/lib/errors";
import type { BillingEvent, ServiceSuspensionRef } from "./billing-events";
import type { ServiceSuspensionView, SuspensionChange } from "./billing-views";
import type { MemoryAccount, MemoryService } from "./memory-billing-ledger";

type Kind = ServiceSuspensionView["kind"];

export function memorySuspensions(w: {
  accounts: Map<string, MemoryAccount>;
  services: Map<string, MemoryService>;
  events: (BillingEvent & { queued: boolean })[];
  clock: Clock;
  once: <T>(key: string, run: () => T | Promise<T>) => Promise<T>;
  sees: (scope: Scope, serviceId: string) => boolean;
}) {
  const rows: ServiceSuspensionView[] = [];
  const accountOf = (id: string) => {
    const a = w.accounts.get(id);
    if (!a) throw notFound("billing account");
    return a;
  };
  const announce = (a: MemoryAccount, state: "suspended" | "restored", reason: SuspensionReason, changed: ServiceSuspensionView[]) =>
    w.events.push({
      eventId: randomUUID(),
      eventType: "ServiceStateChangeEvent",
      eventTime: w.clock.now().toISOString(),
      queued: false,
      event: {
        serviceSuspension: {
          billingAccount: { id: a.id, number: a.number },
          relatedParty: [{ id: a.customerId, role: "customer" }],
          state,
          reason,
          services: changed.map((s) => ({ id: s.serviceId, kind: s.kind, identifier: s.identifier, barred: s.barred })),
        } satisfies ServiceSuspensionRef,
      },
    });
  const change = (a: MemoryAccount, state: SuspensionChange["state"], changed: ServiceSuspensionView[]): SuspensionChange => ({
    billingAccountId: a.id,
    state,
    serviceIds: changed.map((s) => s.serviceId).sort(),
    at: w.clock.now().toISOString(),
  });

  return {
    rows,
    list: async (scope: Scope, f: { billingAccountId?: string; openOnly?: boolean }) =>
      rows
        .filter(
          (r) =>
            w.accounts.get(r.billingAccountId)?.customerId === scope.customerId &&
            w.sees(scope, r.serviceId) &&
            (!f.billingAccountId || r.billingAccountId === f.billingAccountId) &&
            (!f.openOnly || r.restoredAt === null),
        )
        .sort((a, b) => b.suspendedAt.getTime() - a.suspendedAt.getTime() || a.identifier.localeCompare(b.identifier))
        .map((r) => structuredClone(r)),
    accounts: async () =>
      [...new Set(rows.filter((r) => r.restoredAt === null).map((r) => r.billingAccountId))].map((id) => ({
        billingAccountId: id,
        customerId: accountOf(id).customerId,
      })),
    suspend: ({
      billingAccountId,
      reason,
      idempotencyKey,
    }: {
      billingAccountId: string;
      reason: SuspensionReason;
      idempotencyKey: string;
    }) =>
      w.once(`suspend:${idempotencyKey}`, () => {
        const a = accountOf(billingAccountId);
        const open = new Set(rows.filter((r) => r.billingAccountId === a.id && r.restoredAt === null).map((r) => r.serviceId));
        const changed = [...w.services.values()]
          .filter((s) => s.billingAccountId === a.id && !open.has(s.id) && barredFor(s.kind as Kind).length > 0)
          .sort((x, y) => x.identifier.localeCompare(y.identifier))
          .map((s) => ({
            id: randomUUID(),
            billingAccountId: a.id,
            serviceId: s.id,
            kind: s.kind as Kind,
            identifier: s.identifier,
            barred: barredFor(s.kind as Kind),
            reason,
            suspendedAt: w.clock.now(),
            restoredAt: null,
          }));
        rows.push(...changed);
        if (changed.length) announce(a, "suspended", reason, changed);
        return change(a, "suspended", changed);
      }),
    restore: ({ billingAccountId, idempotencyKey }: { billingAccountId: string; idempotencyKey: string }) =>
      w.once(`restore:${idempotencyKey}`, () => {
        const a = accountOf(billingAccountId);
        const open = rows.filter((r) => r.billingAccountId === a.id && r.restoredAt === null);
        for (const r of open) r.restoredAt = w.clock.now();
        if (open.length) announce(a, "restored", open[0]!.reason, open);
        return change(a, "restored", open);
      }),
  };
}
