// The month's report as the CSV export and the PDF carry it: every ticket of the month with its targets met or missed.
import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { CreditsInput, MonthReportView } from "../sla.schemas";
import { creditsOfMonth, figuresOf, figuresView, reportMonth, serviceRef, slaClientData, type SlaDeps } from "../sla.service";

export async function monthReport(deps: SlaDeps, actor: CustomerActor, input: CreditsInput): Promise<MonthReportView> {
  const now = deps.clock.now();
  const month = reportMonth(input.month, now);
  const data = await slaClientData(deps, actor);
  const customerName = await deps.sla.customerName(actor.customerId);
  const figures = figuresOf(data, month, now);
  const services = new Map(data.services.map((s) => [s.id, s]));
  const tickets = figures.tickets.flatMap(({ serviceId, ...t }) => {
    const service = services.get(serviceId);
    return service ? [{ ...t, service: serviceRef(service) }] : [];
  });
  const items = await creditsOfMonth(deps, scopeOf(actor), data, month);
  const total = figuresView(figures, data.services).creditTotal;
  return {
    month,
    customerName,
    tier: data.tier,
    generatedAt: now,
    figures: figuresView(figures, data.services),
    tickets,
    credits: { month, items, total },
  };
}
