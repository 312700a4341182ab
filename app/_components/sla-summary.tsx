import { useTranslations } from "next-intl";
import Link from "next/link";
import type { DashboardView } from "~/server/modules/dashboard/dashboard.schemas";
import { useSlaFormat } from "./sla-format";
import { SlaOpenTickets } from "./sla-open-tickets";

/** SLA clients: this month's compliance at the top, then the open tickets with their clocks. */
export function SlaSummary({ sla }: { sla: NonNullable<DashboardView["sla"]> }) {
  const t = useTranslations("home");
  const f = useSlaFormat();
  return (
    <section aria-labelledby="home-sla-title" className="card stack">
      <h2 id="home-sla-title">{t("slaTitle")}</h2>
      <ul className="plain-list">
        <li>{t("slaCompliance", { share: f.share(sla.figures.resolvedWithinTarget) })}</li>
        <li>{t("slaResponded", { share: f.share(sla.figures.respondedWithinTarget) })}</li>
        <li>{t("slaBreaches", { count: sla.figures.breaches.total })}</li>
      </ul>
      <SlaOpenTickets tickets={sla.openTickets} />
      <p>
        <Link href="/sla">{t("slaLink")}</Link>
      </p>
    </section>
  );
}
