// Dispatch and execution: the dispatcher assigns and schedules, the technician reports progress.
import { randomUUID } from "node:crypto";
import type { StaffActor } from "~/server/auth/principal";
import type { BureauDeps } from "../bureau-deps";
import type { TicketChange, TicketFilter, TicketRecord } from "~/server/gateways/repair/repair-gateway";
import { DomainError, invalid, notFound } from "~/server/lib/errors";
import { isOpen } from "~/server/modules/tickets/tickets.policy";
import type { DispatchInput, ProgressInput, StaffNoteInput, StaffTicketView } from "~/server/modules/tickets/tickets.schemas";
import { staffView } from "../bureau-views";
import { ineligibility } from "../dispatch-policy";
import { readFilter } from "./queue";

const invalidState = (why: string) => new DomainError("INVALID_STATE", why, { entity: "ticket" });

export async function change(
  deps: BureauDeps,
  actor: StaffActor,
  ticketId: string,
  filter: TicketFilter,
  decide: (t: TicketRecord) => TicketChange,
): Promise<StaffTicketView> {
  const now = deps.clock.now();
  // The reporter hears of a status change from the repair feed (tickets/ticket-events.ts).
  const ticket = await deps.repair.updateTicket(ticketId, filter, { kind: "staff", userId: actor.userId }, now, decide, {
    key: randomUUID(),
  });
  if (!ticket) throw notFound("ticket");
  return staffView(deps.facts, ticket, now);
}

/** Assigns (or reassigns) a technician and the visit window; starts or resumes the work. */
export async function dispatch(deps: BureauDeps, actor: StaffActor, input: DispatchInput) {
  const tech = (await deps.repair.listTechnicians()).find((t) => t.id === input.technicianId);
  if (!tech) throw invalid("technicianId", "not a technician");
  const visit = { from: input.visitFrom, to: input.visitTo };
  return change(deps, actor, input.ticketId, { all: true }, (t) => {
    if (!isOpen(t.state) || t.state === "pending") throw invalidState(`cannot dispatch a ticket that is ${t.state}`);
    const why = ineligibility(tech, t);
    if (why.length > 0) throw invalid("technicianId", `the technician lacks: ${why.join(", ")}`);
    const action = t.state === "acknowledged" ? "start" : t.state === "held" ? "resume" : undefined;
    return { action, set: { technicianId: input.technicianId, visit }, events: [{ kind: "assigned" }, { kind: "visit", visit }] };
  });
}

/** on the way / on site: a log entry; fixed: resolved with cause and work done; second visit: held until re-dispatched. */
export function progress(deps: BureauDeps, actor: StaffActor, input: ProgressInput) {
  return change(deps, actor, input.ticketId, { technicianId: actor.userId }, (t): TicketChange => {
    const entry = { kind: "progress" as const, progress: input.step, text: input.note || null };
    switch (input.step) {
      case "on_the_way":
      case "on_site":
        if (t.state !== "in_progress") throw invalidState(`cannot report ${input.step} on a ticket that is ${t.state}`);
        return { events: [entry] };
      case "fixed":
        return {
          action: "resolve",
          set: { cause: input.cause ?? null, workDone: input.workDone ?? null },
          events: [{ ...entry, text: input.workDone ?? null }],
        };
      case "second_visit":
        return { action: "hold", set: { visit: null }, events: [entry] };
    }
  });
}

/** A public note by staff; askCustomer puts the ticket on the customer (pending: the clock pauses). */
export function addStaffNote(deps: BureauDeps, actor: StaffActor, input: StaffNoteInput) {
  return change(deps, actor, input.ticketId, readFilter(actor), (t) => {
    if (!isOpen(t.state)) throw invalidState(`cannot add a note to a ticket that is ${t.state}`);
    return { action: input.askCustomer ? "await_customer" : undefined, events: [{ kind: "note", text: input.text }] };
  });
}
