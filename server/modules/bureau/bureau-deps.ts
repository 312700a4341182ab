// What the bureau's use cases run on: the repair system, the clock and the portal's facts.
import type { Deps } from "~/server/container";
import { bureauFacts, type BureauFacts } from "./bureau.repository";

export type BureauDeps = Pick<Deps, "repair" | "clock"> & { facts: BureauFacts };

/** The router's deps with the portal's facts on the request's database. */
export const bureauDeps = (deps: Deps): BureauDeps => ({ repair: deps.repair, clock: deps.clock, facts: bureauFacts(deps.db) });
