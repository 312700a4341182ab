import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { AttentionItem } from "~/server/modules/dashboard/dashboard.schemas";
import { EmptyState } from "./empty-state";
import "./home.css";

/** Overdue bills, allowances nearly used, repairs waiting for the customer, fixes to confirm and outages: newest first, one click each. */
export function AttentionList({ items }: { items: AttentionItem[] }) {
  const t = useTranslations("home");
  const kinds = useTranslations("services.kinds");
  const format = useFormatter();
  return (
    <section aria-labelledby="attention-title" className="stack">
      <h2 id="attention-title">{t("attentionTitle")}</h2>
      {items.length === 0 ? (
        <EmptyState title={t("attentionEmpty")} />
      ) : (
        <ul className="card attention-list">
          {items.map((a) => {
            const service = a.service ? `${a.service.label ?? kinds(a.service.kind)} ${a.service.identifier}` : "";
            const title = a.kind === "usage_alert" ? t(`usageKinds.${a.title as "voice" | "sms" | "data"}`) : a.title;
            return (
              <li key={`${a.kind}-${a.id}-${a.title}`}>
                <Link href={a.href}>{t(`attentionKinds.${a.kind}`, { title, service, percent: a.percent ?? 0 })}</Link>{" "}
                <span className="muted nowrap">{format.dateTime(a.at, { dateStyle: "medium" })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
