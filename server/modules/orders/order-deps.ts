// What the order use cases run on: the fulfilment system, the billing system's catalogue, the clock.
import type { Deps } from "~/server/container";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";

export type OrderDeps = Pick<Deps, "fulfilment" | "clock"> & { billing: Pick<BillingGateway, "comparePlans"> };

export const orderDeps = (deps: Deps): OrderDeps => ({ fulfilment: deps.fulfilment, billing: deps.billing, clock: deps.clock });
