import { useFormatter, useTranslations } from "next-intl";
import type { ServiceOutageView } from "~/server/modules/tickets/tickets.schemas";
import "./home.css";

type Line = { id: string; identifier: string; label: string | null };

/**
 * Open outages over the customer's lines with the expected fix time; on a service's page only the ones covering it.
 * Nothing is rendered once they close.
 */
export function OutageBanner({ outages, lines, serviceId }: { outages: ServiceOutageView[]; lines?: Line[]; serviceId?: string }) {
  const t = useTranslations("home");
  const format = useFormatter();
  const shown = serviceId ? outages.filter((o) => o.serviceIds.includes(serviceId)) : outages;
  if (shown.length === 0) return null;
  const named = new Map((lines ?? []).map((l) => [l.id, l.label ? `${l.label} ${l.identifier}` : l.identifier]));
  return (
    <section className="alert alert-warn outage-banner stack" aria-labelledby="outage-banner-title">
      <h2 id="outage-banner-title">{t("outageTitle")}</h2>
      {shown.map((o) => {
        const services = o.serviceIds.map((id) => named.get(id)).filter((n): n is string => n !== undefined);
        return (
          <p key={o.id}>
            {serviceId || services.length === 0
              ? t("outageHere", { title: o.title, area: o.area })
              : t("outageText", { title: o.title, area: o.area, services: format.list(services) })}{" "}
            {o.estimatedEnd
              ? t("outageFix", { date: format.dateTime(o.estimatedEnd, { dateStyle: "medium", timeStyle: "short" }) })
              : t("outageNoFix")}
          </p>
        );
      })}
    </section>
  );
}
