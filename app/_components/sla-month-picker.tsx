import { useTranslations } from "next-intl";
import { monthsUpTo } from "~/server/modules/sla/sla-month";
import { AutoSubmitSelect } from "./auto-submit-select";
import { useSlaFormat } from "./sla-format";

/** The last twelve months to report on; the newest is the current one. A plain GET form, so it works without script. */
export function SlaMonthPicker({ month, currentMonth }: { month: string; currentMonth: string }) {
  const t = useTranslations("sla");
  const f = useSlaFormat();
  const months = monthsUpTo(currentMonth, 12).reverse();
  return (
    <form method="get" action="/sla">
      <label htmlFor="sla-month">{t("monthLabel")}</label>
      <AutoSubmitSelect id="sla-month" name="month" defaultValue={month} label={t("show")}>
        {months.map((m) => (
          <option key={m} value={m}>
            {f.month(m)}
          </option>
        ))}
      </AutoSubmitSelect>
    </form>
  );
}
