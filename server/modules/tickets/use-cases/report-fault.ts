import { randomUUID } from "node:crypto";
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { DomainError, invalid, notFound } from "~/server/lib/errors";
import { outageView, toTicketView } from "../ticket-views";
import { categoryFits, priorityFor } from "../tickets.policy";
import type { TicketDeps } from "../ticket-deps";
import type { ReportFaultInput, ReportFaultView } from "../tickets.schemas";

/**
 * Opens a trouble ticket on one of the caller's services. A known outage on the service's area
 * and kind links the ticket to it, and the answer says so, so the customer is not left waiting blind.
 */
export async function reportFault(
  { facts, repair, clock }: TicketDeps,
  actor: CustomerActor,
  input: ReportFaultInput,
): Promise<ReportFaultView> {
  const service = await facts.scopedService(scopeOf(actor), input.serviceId);
  if (!service) throw notFound("service");
  if (!categoryFits(service.kind, input.category)) throw invalid("category", `not a fault category of ${service.kind}`);
  if (service.status === "terminated") throw new DomainError("INVALID_STATE", "the service is terminated", { entity: "service" });

  const tier = await facts.tierOf(service.customerId);
  const outage = await repair.findOpenOutage(service.area, service.kind);
  const ticket = await repair.createTicket(
    {
      customerId: service.customerId,
      serviceId: service.id,
      serviceKind: service.kind,
      area: service.area,
      tier,
      reporterUserId: actor.userId,
      category: input.category,
      description: input.description,
      visitPreference: input.visitPreference || null,
      contactPhone: input.contactPhone || null,
      priority: priorityFor(tier, input.category),
      outageId: outage?.id ?? null,
      at: clock.now(),
    },
    // A fresh key: one report is one ticket, and the gateway may retry it safely.
    { key: randomUUID() },
  );
  return { ticket: toTicketView(ticket, service, clock.now()), outage: ticket.outage ? outageView(ticket.outage) : null };
}
