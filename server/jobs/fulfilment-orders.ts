// The built-in fulfilment system's clock: every few seconds, each order in flight reaches the milestones
// that have come due. Completion is where the billing system learns of a plan change (idempotent by the
// order), so an order whose billing call fails stays in progress and the next pass tries again.
import type { Deps } from "~/server/container";
import { logger } from "~/server/lib/logger";

export async function advanceOrders({ fulfilment, billing }: Pick<Deps, "fulfilment" | "billing">, now: Date) {
  let reached = 0;
  for (const order of await fulfilment.listDue(now)) {
    try {
      for (const m of order.milestones.filter((x) => !x.actualAt && x.expectedAt <= now)) {
        if (m.name === "completed") {
          for (const item of order.items) {
            await billing.changePlan({
              serviceId: item.serviceId,
              planId: item.toPlanId,
              from: item.effectiveDate,
              idempotencyKey: `order:${order.id}:${item.serviceId}`,
            });
          }
        }
        // null: cancelled meanwhile, or another pass got there first.
        if (!(await fulfilment.reachMilestone(order.id, m.name, now))) break;
        reached++;
      }
    } catch (err) {
      logger.warn("fulfilment: order not advanced", { orderId: order.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return { reached };
}
