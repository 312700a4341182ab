// What the SLA use cases run on: the billing system, the clock and the customer's SLA data.
import type { Deps } from "~/server/container";
import { slaRepository } from "./sla.repository";
import type { SlaDeps } from "./sla.service";

export const slaDeps = ({ db, repair, billing, clock }: Deps): SlaDeps => ({ billing, clock, sla: slaRepository(db, repair) });
