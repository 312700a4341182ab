// What the customer's ticket use cases run on: the repair system, the clock and the portal's facts.
import type { Deps } from "~/server/container";
import { ticketFacts, type TicketFacts } from "./tickets.repository";

export type TicketDeps = Pick<Deps, "repair" | "clock"> & { facts: TicketFacts };

/** The router's deps with the portal's facts on the request's database. */
export const ticketDeps = (deps: Deps): TicketDeps => ({ repair: deps.repair, clock: deps.clock, facts: ticketFacts(deps.db) });
