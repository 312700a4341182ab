import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import type { ServiceView } from "~/server/modules/services/services.schemas";
import { StatusBadge } from "./status-badge";

/**
 * One service on the dashboard; its accessible name is its label and identifier.
 * `children`: what the home screen adds about the line, after its own link.
 */
export function ServiceCard({ service, children }: { service: ServiceView; children?: ReactNode }) {
  const t = useTranslations("services");
  const kind = t(`kinds.${service.kind}`);
  const headingId = `service-${service.id}`;
  return (
    <article className="card service-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="service-card-title">
        <span>{service.label ?? kind}</span> <span className="identifier">{service.identifier}</span>
      </h3>
      {service.label && <p className="muted service-card-kind">{kind}</p>}
      <p>{service.plan.name}</p>
      <p>
        <StatusBadge status={service.status} />
      </p>
      <p className="service-card-link">
        <Link href={`/services/${service.id}`}>
          {t("viewDetails")}
          <span className="visually-hidden"> {service.identifier}</span>
        </Link>
      </p>
      {children}
    </article>
  );
}
