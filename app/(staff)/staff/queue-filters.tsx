import { useTranslations } from "next-intl";
import Form from "next/form";
import Link from "next/link";
import { serviceKinds, type ServiceKind } from "~/server/modules/services/services.schemas";
import { Priority } from "~/server/modules/tickets/tickets.schemas";

type Props = { area: string; kind?: ServiceKind; priority?: Priority };

/** A GET form: the filters live in the URL (`area`, `kind`, `priority`). */
export function QueueFilters({ area, kind, priority }: Props) {
  const t = useTranslations("bureau.filters");
  const kinds = useTranslations("services.kinds");
  const priorities = useTranslations("tickets.priorities");
  return (
    <Form action="/staff" role="search" className="filters queue-filters" aria-label={t("apply")}>
      <div>
        <label htmlFor="queue-area">{t("area")}</label>
        <input id="queue-area" name="area" type="text" defaultValue={area} maxLength={60} />
      </div>
      <div>
        <label htmlFor="queue-kind">{t("kind")}</label>
        <select id="queue-kind" name="kind" defaultValue={kind ?? ""}>
          <option value="">{t("all")}</option>
          {serviceKinds.map((k) => (
            <option key={k} value={k}>
              {kinds(k)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="queue-priority">{t("priority")}</label>
        <select id="queue-priority" name="priority" defaultValue={priority ?? ""}>
          <option value="">{t("all")}</option>
          {Priority.options.map((p) => (
            <option key={p} value={p}>
              {priorities(p)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters-actions row">
        <button type="submit" className="btn">
          {t("apply")}
        </button>
        {(area || kind || priority) && <Link href="/staff">{t("clear")}</Link>}
      </div>
    </Form>
  );
}
