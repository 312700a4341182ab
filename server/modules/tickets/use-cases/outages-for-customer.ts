import type { CustomerActor } from "~/server/auth/principal";
import { scopeOf } from "~/server/auth/scope";
import type { Deps } from "~/server/container";
import { outageView } from "../ticket-views";
import { scopedSites } from "../tickets.repository";
import type { ServiceOutageView } from "../tickets.schemas";

/** Open outages affecting the caller's services (within their scope), with the services they hit. */
export async function outagesForCustomer({ db, repair }: Deps, actor: CustomerActor): Promise<ServiceOutageView[]> {
  const sites = await scopedSites(db, scopeOf(actor));
  const withArea = sites.flatMap((s) => (s.area ? [{ id: s.id, kind: s.kind, area: s.area }] : []));
  const pairs = [...new Map(withArea.map((s) => [`${s.area}/${s.kind}`, { area: s.area, kind: s.kind }])).values()];
  const outages = await repair.openOutagesOver(pairs);
  return outages.map((o) => ({
    ...outageView(o),
    serviceIds: withArea.filter((s) => s.area === o.area && s.kind === o.serviceKind).map((s) => s.id),
  }));
}
