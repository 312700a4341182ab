import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyState } from "~/app/_components/empty-state";
import { api, orPage } from "~/app/_lib/trpc/server";
import { canSeeBills } from "~/server/auth/principal";
import { MoveConfirm } from "./move-actions";
import { MovePreviewCards } from "./move-preview";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ to?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("moves"))("title") };
}

export default async function MoveServicePage({ params, searchParams }: Props) {
  const caller = await api();
  const actor = caller.actor;
  const { id } = await params;
  if (!actor || actor.kind !== "customer" || !canSeeBills(actor) || actor.serviceIds !== null) redirect(`/services/${id}`);
  const { to } = await searchParams;
  const [service, accounts, t, services] = await Promise.all([
    orPage(caller.services.get({ id })),
    caller.bills.accounts(),
    getTranslations("moves"),
    getTranslations("services"),
  ]);
  const others = accounts.filter((a) => a.id !== service.billingAccount.id);
  const target = others.find((a) => a.id === to);
  const preview = target ? await orPage(caller.moves.preview({ serviceId: service.id, toBillingAccountId: target.id })) : null;
  const name = `${service.label ?? services(`kinds.${service.kind}`)} ${service.identifier}`;
  return (
    <div className="stack">
      <p>
        <Link href={`/services/${service.id}`}>
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
      </p>
      <h1>{t("title")}</h1>
      <p>
        <strong>{name}</strong> — {service.billingAccount.number} {service.billingAccount.name}
      </p>
      {others.length === 0 ? (
        <EmptyState title={t("onlyAccount")} />
      ) : (
        <form method="get" className="row">
          <label htmlFor="move-to">{t("target")}</label>
          <select id="move-to" name="to" defaultValue={target?.id ?? others[0]!.id}>
            {others.map((a) => (
              <option key={a.id} value={a.id}>
                {a.number} — {a.name}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn-secondary">
            {t("showPreview")}
          </button>
        </form>
      )}
      {preview && target && (
        <>
          <p>{t("intro", { period: preview.effectivePeriod })}</p>
          <MovePreviewCards preview={preview} />
          <MoveConfirm
            serviceId={service.id}
            toBillingAccountId={target.id}
            question={t("question", { service: name, account: target.number, period: preview.effectivePeriod })}
          />
        </>
      )}
    </div>
  );
}
