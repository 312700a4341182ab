import { useFormatter, useTranslations } from "next-intl";
import type { UsageKind } from "~/server/modules/usage/usage.schemas";

const MIB = 1_048_576;
const GIB = 1_073_741_824;

/** Humanised amounts: minutes for calls, messages, GB (or MB below 1 GB) for data. Binary units, as plans count them. */
export function useQuantityText() {
  const t = useTranslations("usage.units");
  const format = useFormatter();
  const one = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (kind: UsageKind, quantity: number) => {
    if (kind === "voice") return t("minutes", { value: Math.round(quantity / 60) });
    if (kind === "sms") return t("messages", { value: quantity });
    return quantity >= GIB ? t("gb", { value: one(quantity / GIB) }) : t("mb", { value: one(quantity / MIB) });
  };
}

/** One CDR's quantity: mm:ss for calls, MB for data, a count for messages. */
export function useRecordQuantityText() {
  const t = useTranslations("usage.units");
  const format = useFormatter();
  return (kind: UsageKind, quantity: number) => {
    if (kind === "voice") return `${Math.floor(quantity / 60)}:${String(quantity % 60).padStart(2, "0")}`;
    if (kind === "sms") return t("messages", { value: quantity });
    return t("mb", { value: format.number(quantity / MIB, { maximumFractionDigits: 1 }) });
  };
}
