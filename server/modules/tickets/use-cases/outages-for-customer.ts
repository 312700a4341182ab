import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import { outageView } from "../ticket-views";
import type { TicketDeps } from "../ticket-deps";
import type { ServiceOutageView } from "../tickets.schemas";

/** Open outages affecting the caller's services (within their scope), with the services they hit. */
export async function outagesForCustomer(
  { facts, repair }: Pick<TicketDeps, "facts" | "repair">,
  actor: CustomerActor,
): Promise<ServiceOutageView[]> {
  const sites = await facts.scopedSites(scopeOf(actor));
  const withArea = sites.flatMap((s) => (s.area ? [{ id: s.id, kind: s.kind, area: s.area }] : []));
  const pairs = [...new Map(withArea.map((s) => [`${s.area}/${s.kind}`, { area: s.area, kind: s.kind }])).values()];
  const outages = await repair.openOutagesOver(pairs);
  return outages.map((o) => ({
    ...outageView(o),
    serviceIds: withArea.filter((s) => s.area === o.area && s.kind === o.serviceKind).map((s) => s.id),
  }));
}
