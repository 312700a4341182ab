// Closing a ticket without a repair: cancelled (a duplicate, the customer withdrew) or rejected
// (not our fault, no fault found). The reason goes on the public timeline and the reporter is told.
import type { StaffActor } from "~/server/auth/principal";
import type { BureauDeps } from "../bureau-deps";
import type { CloseTicketInput } from "~/server/modules/tickets/tickets.schemas";
import { change } from "./dispatch-and-progress";

/** Any open ticket (lifecycle: INVALID_STATE once resolved or closed). */
export const cancelTicket = (deps: BureauDeps, actor: StaffActor, input: CloseTicketInput) =>
  change(deps, actor, input.ticketId, { all: true }, () => ({ action: "cancel", events: [{ kind: "note", text: input.reason }] }));

/** Only before work has started (lifecycle: acknowledged tickets only). */
export const rejectTicket = (deps: BureauDeps, actor: StaffActor, input: CloseTicketInput) =>
  change(deps, actor, input.ticketId, { all: true }, () => ({ action: "reject", events: [{ kind: "note", text: input.reason }] }));
