import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { api } from "~/app/_lib/trpc/server";
import type { BillDetailView } from "~/server/modules/bills/bills.schemas";
import { DisputeForm } from "./dispute-form";

/** Disputes of one bill with their outcome, and the form to dispute another of its charges. */
export async function BillDisputes({ bill }: { bill: BillDetailView }) {
  const caller = await api();
  const [disputes, t, format] = await Promise.all([
    caller.disputes.forBill({ billId: bill.id }),
    getTranslations("disputes"),
    getFormatter(),
  ]);
  const money = (m: { amountMinor: number; currency: string }) =>
    format.number(m.amountMinor / 100, { style: "currency", currency: m.currency });
  const disputed = new Set(disputes.map((d) => d.billLineId));
  const disputable = bill.lines
    .filter((l) => l.service && l.kind !== "tax" && l.amount.amountMinor > 0 && !disputed.has(l.id))
    .map((l) => ({ id: l.id, label: `${l.service!.identifier} · ${l.description}`, amount: money(l.amount) }));
  return (
    <section aria-labelledby="disputes-heading" className="stack">
      <h2 id="disputes-heading">{t("heading")}</h2>
      {disputes.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="stack">
          {disputes.map((d) => (
            <li key={d.id} className="card stack">
              <p>
                <strong>{d.lineDescription}</strong> ({d.service.identifier}) — {t(`status.${d.status}`)}
              </p>
              {d.status === "open" && <p>{t("held", { amount: money(d.amount) })}</p>}
              {d.resolution && <p>{t("resolution", { text: d.resolution })}</p>}
              {d.creditNote && <p>{t("creditNote", { number: d.creditNote.number, amount: money(d.creditNote.amount) })}</p>}
              <p>
                <Link href={`/tickets/${d.ticket.id}`}>{t("ticket", { number: d.ticket.number })}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      {disputable.length > 0 && <DisputeForm billId={bill.id} lines={disputable} />}
    </section>
  );
}
