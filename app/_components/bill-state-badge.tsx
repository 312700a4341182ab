import { useTranslations } from "next-intl";
import type { BillView } from "~/server/modules/bills/bills.schemas";
import "./bill.css";

export function BillStateBadge({ state }: { state: BillView["state"] }) {
  const t = useTranslations("bills.states");
  return <span className={`badge bill-${state}`}>{t(state)}</span>;
}
