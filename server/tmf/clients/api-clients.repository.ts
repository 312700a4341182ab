// The API clients' own tables (prisma/schema/tmf.prisma): look a key up, count calls per minute, revoke.
import type { Db } from "~/server/db/client";
import type { CustomerKind } from "~/server/db/generated/enums";
import { audit } from "~/server/modules/audit/audit.service";
import { hashApiKey, keyPrefixOf } from "./api-keys";

/** Who is calling: a customer-scoped client (customer set) or an operator-wide one (customer null). */
export type ApiCaller = {
  clientId: string;
  name: string;
  customer: { id: string; kind: CustomerKind } | null;
  /** The user the client's commands are made for (a ticket's reporter, an order's requester). */
  actingUserId: string;
  rateLimitPerMinute: number;
};

export type NewApiClient = { name: string; key: string; customerId: string | null; actingUserId: string; rateLimitPerMinute?: number };

export function apiClients(db: Db) {
  return {
    /** The live client holding this key; null when the key is unknown or revoked. */
    async byKey(key: string): Promise<ApiCaller | null> {
      const row = await db.apiClient.findUnique({
        where: { keyHash: hashApiKey(key) },
        select: {
          id: true,
          name: true,
          actingUserId: true,
          rateLimitPerMinute: true,
          revokedAt: true,
          customer: { select: { id: true, kind: true } },
        },
      });
      if (!row || row.revokedAt) return null;
      return {
        clientId: row.id,
        name: row.name,
        customer: row.customer,
        actingUserId: row.actingUserId,
        rateLimitPerMinute: row.rateLimitPerMinute,
      };
    },

    /** Counts one call in the minute holding `at`; returns the calls of that minute so far, this one included. */
    async countCall(clientId: string, at: Date): Promise<{ calls: number; windowEnd: Date }> {
      const windowStart = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
      const rows = await db.$queryRaw<{ calls: number }[]>`
        INSERT INTO "ApiClientWindow" ("clientId", "windowStart", calls) VALUES (${clientId}::uuid, ${windowStart}, 1)
        ON CONFLICT ("clientId", "windowStart") DO UPDATE SET calls = "ApiClientWindow".calls + 1
        RETURNING calls`;
      const calls = rows[0]?.calls ?? 1;
      // The first call of a minute clears the client's windows older than an hour, so the table stays small.
      if (calls === 1) {
        await db.apiClientWindow.deleteMany({ where: { clientId, windowStart: { lt: new Date(windowStart.getTime() - 3_600_000) } } });
      }
      return { calls, windowEnd: new Date(windowStart.getTime() + 60_000) };
    },

    /** One audit entry per call, refused ones included. */
    recordCall(caller: ApiCaller | null, entry: { method: string; path: string; status: number; entityId?: string | null }) {
      return audit(db, {
        actorUserId: caller?.actingUserId ?? null,
        customerId: caller?.customer?.id ?? null,
        action: `tmf.${entry.method.toLowerCase()}`,
        entity: "ApiClient",
        entityId: caller?.clientId ?? null,
        data: { path: entry.path, status: entry.status, ...(entry.entityId ? { objectId: entry.entityId } : {}) },
      });
    },

    /** Creates a client, or finds the one already holding this key (the seed runs on every start). */
    async ensure(input: NewApiClient) {
      const keyHash = hashApiKey(input.key);
      return db.apiClient.upsert({
        where: { keyHash },
        create: {
          name: input.name,
          keyHash,
          keyPrefix: keyPrefixOf(input.key),
          customerId: input.customerId,
          actingUserId: input.actingUserId,
          rateLimitPerMinute: input.rateLimitPerMinute,
        },
        update: {},
        select: { id: true },
      });
    },

    /** Refused from `at` on, by the very next call (nothing is cached). */
    revoke: (clientId: string, at: Date) => db.apiClient.update({ where: { id: clientId }, data: { revokedAt: at }, select: { id: true } }),
  };
}

export type ApiClients = ReturnType<typeof apiClients>;

/** The party behind an id, for an operator-wide client acting for one customer; null when unknown. */
export const customerOf = (db: Db, id: string) => db.customer.findUnique({ where: { id }, select: { id: true, kind: true } });

/** Every customer, for an operator-wide client's walk over a system that answers per customer (billing). */
export const allCustomerIds = async (db: Db) =>
  (await db.customer.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).map((c) => c.id);

/** Customers' names by id, for party references that must carry one. */
export async function customerNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = ids.length ? await db.customer.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } }) : [];
  return new Map(rows.map((r) => [r.id, r.name]));
}
