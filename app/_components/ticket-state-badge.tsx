import { useTranslations } from "next-intl";
import type { TicketState } from "~/server/modules/tickets/tickets.schemas";

export function TicketStateBadge({ state }: { state: TicketState }) {
  const t = useTranslations("tickets.states");
  return <span className={`badge ticket-${state}`}>{t(state)}</span>;
}
