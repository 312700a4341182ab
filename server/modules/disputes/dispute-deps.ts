// What the dispute use cases run on: the two systems (only the operations they use), the clock and the portal's records.
import type { Deps } from "~/server/container";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import { disputesRepository, type DisputesRepository } from "./disputes.repository";

export type DisputeDeps = Pick<Deps, "repair" | "clock"> & {
  billing: Pick<BillingGateway, "getBill" | "findBillLines" | "findCreditNotes" | "issueCreditNote">;
  disputes: DisputesRepository;
};

/** The router's deps with the portal's dispute records on the request's database. */
export const disputeDeps = (deps: Deps): DisputeDeps => ({
  repair: deps.repair,
  clock: deps.clock,
  billing: deps.billing,
  disputes: disputesRepository(deps.db),
});
