import { useFormatter, useTranslations } from "next-intl";
import { useDuration } from "./sla-clock";

/** Shares, availabilities, durations and months of the SLA screens, in the viewer's language. */
export function useSlaFormat() {
  const t = useTranslations("sla");
  const format = useFormatter();
  const duration = useDuration();
  return {
    none: t("none"),
    share: (v: number | null) => (v === null ? t("none") : format.number(v, { style: "percent", maximumFractionDigits: 1 })),
    availability: (v: number) => format.number(v, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 3 }),
    duration,
    hours: (h: number | null) => (h === null ? t("none") : t("hours", { hours: format.number(h, { maximumFractionDigits: 1 }) })),
    when: (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }),
    month: (month: string) => {
      const [y, m] = month.split("-").map(Number) as [number, number];
      return format.dateTime(new Date(Date.UTC(y, m - 1, 15)), { year: "numeric", month: "long", timeZone: "UTC" });
    },
  };
}
