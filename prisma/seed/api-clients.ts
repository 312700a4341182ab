// The demo world's two TMF API clients (README "Demo accounts"): one operator-wide, one scoped to BigCorp.
// Idempotent: a key already held is left alone, so a revoked demo key stays revoked.
import type { Db } from "~/server/db/client";
import { apiClients } from "~/server/tmf/clients/api-clients.repository";

export const DEMO_OPERATOR_API_KEY = "demo-operator-tmf-2026";
export const DEMO_BIGCORP_API_KEY = "demo-bigcorp-tmf-2026";

export async function seedApiClients(db: Db) {
  const [dispatcher, bigcorp] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: "dispatcher@operator.test" }, select: { id: true } }),
    db.membership.findFirstOrThrow({
      where: { user: { email: "sla@bigcorp.test" }, customer: { name: "BigCorp" } },
      select: { userId: true, customerId: true },
    }),
  ]);
  const clients = apiClients(db);
  await clients.ensure({ name: "Operator integration (demo)", key: DEMO_OPERATOR_API_KEY, customerId: null, actingUserId: dispatcher.id });
  await clients.ensure({
    name: "BigCorp service desk (demo)",
    key: DEMO_BIGCORP_API_KEY,
    customerId: bigcorp.customerId,
    actingUserId: bigcorp.userId,
  });
}
