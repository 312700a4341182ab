import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DetailsList } from "~/app/_components/details-list";
import { Money } from "~/app/_components/money";
import { api, orPage } from "~/app/_lib/trpc/server";
import type { PlanChangePreviewView, PlanOfferView } from "~/server/modules/orders/orders.schemas";
import { PlaceOrder } from "./plan-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ plan?: string; timing?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orders"))("compareTitle") };
}

const GB = 1_000_000_000;

/** Plans of the service side by side, priced on the customer's own usage; choosing one previews the change before it is ordered. */
export default async function ChangePlanPage({ params, searchParams }: Props) {
  const caller = await api();
  if (caller.actor?.kind !== "customer") redirect("/dashboard");
  const { id } = await params;
  const query = await searchParams;
  const [service, comparison, t, services, format] = await Promise.all([
    orPage(caller.services.get({ id })),
    orPage(caller.orders.compare({ serviceId: id })),
    getTranslations("orders"),
    getTranslations("services"),
    getFormatter(),
  ]);
  const timing = query.timing === "now" ? "now" : "next_period";
  const chosen = comparison.plans.find((p) => p.id === query.plan && !p.current);
  const preview = chosen ? await orPage(caller.orders.preview({ serviceId: id, planId: chosen.id, timing })) : null;
  const name = `${service.label ?? services(`kinds.${service.kind}`)} ${service.identifier}`;
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const month = (p: string) => format.dateTime(new Date(`${p}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  const allowance = (p: PlanOfferView) =>
    [
      p.allowance.voiceSeconds === 0
        ? null
        : p.allowance.voiceSeconds === null
          ? `${t("minutes", { count: "∞" })}`
          : t("minutes", { count: p.allowance.voiceSeconds / 60 }),
      p.allowance.smsCount === 0
        ? null
        : p.allowance.smsCount === null
          ? t("sms", { count: "∞" })
          : t("sms", { count: p.allowance.smsCount }),
      p.allowance.dataBytes === 0
        ? null
        : p.allowance.dataBytes === null
          ? t("data", { count: "∞" })
          : t("data", { count: Math.round((p.allowance.dataBytes / GB) * 10) / 10 }),
    ]
      .filter(Boolean)
      .join(", ") || t("unlimited");
  const signed = (minor: number, currency: string) =>
    format.number(minor / 100, { style: "currency", currency, signDisplay: "exceptZero" });
  const previewRows = (v: PlanChangePreviewView): [string, string][] => [
    [t("change"), t("changeValue", { from: v.from.name, to: v.to.name })],
    [t("monthlyDifference"), signed(v.monthlyDifferenceMinor, v.currency)],
    [t("effectiveFrom"), day(v.effectiveDate)],
    [
      t("nextBill"),
      v.timing === "now"
        ? t("nextBillNow", { amount: signed(v.nextBillDifferenceMinor, v.currency), start: day(v.period.start), end: day(v.period.end) })
        : t("nextBillNext"),
    ],
  ];
  return (
    <div className="stack">
      <p>
        <Link href={`/services/${id}`}>
          <span aria-hidden="true">← </span>
          {t("back")}
        </Link>
      </p>
      <h1>{t("compareTitle")}</h1>
      <p>
        <strong>{name}</strong>
      </p>
      <p className="muted">{t("compareIntro", { from: month(comparison.periods[0]!), to: month(comparison.periods.at(-1)!) })}</p>
      <div className="table-wrap" role="region" aria-labelledby="plans-caption" tabIndex={0}>
        <table>
          <caption id="plans-caption">{t("compareTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("plan")}</th>
              <th scope="col">{t("monthlyFee")}</th>
              <th scope="col">{t("allowances")}</th>
              <th scope="col">{t("withYourUsage")}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.plans.map((p) => (
              <tr key={p.id} aria-current={p.current ? "true" : undefined}>
                <th scope="row">
                  {p.name}
                  {p.current && <div className="muted">{t("current")}</div>}
                </th>
                <td className="num">
                  <Money minor={p.monthlyFeeMinor} currency={p.currency} />
                </td>
                <td>{allowance(p)}</td>
                <td className="num">
                  {t("withYourUsageValue", { amount: format.number(p.usageCostMinor / 100, { style: "currency", currency: p.currency }) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form method="get" className="stack">
        <div className="row">
          <label htmlFor="plan">{t("choosePlan")}</label>
          <select id="plan" name="plan" defaultValue={chosen?.id}>
            {comparison.plans
              .filter((p) => !p.current)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </div>
        <fieldset>
          <legend>{t("timing")}</legend>
          <label className="row">
            <input type="radio" name="timing" value="next_period" defaultChecked={timing === "next_period"} /> {t("timingNext")}
          </label>
          <label className="row">
            <input type="radio" name="timing" value="now" defaultChecked={timing === "now"} /> {t("timingNow")}
          </label>
        </fieldset>
        <p>
          <button type="submit" className="btn btn-secondary">
            {t("showPreview")}
          </button>
        </p>
      </form>
      {preview && (
        <section className="stack" aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("previewTitle")}</h2>
          <DetailsList rows={previewRows(preview)} />
          <PlaceOrder
            serviceId={id}
            planId={preview.to.id}
            timing={preview.timing}
            question={t("question", {
              service: service.identifier,
              from: preview.from.name,
              to: preview.to.name,
              date: day(preview.effectiveDate),
            })}
          />
        </section>
      )}
    </div>
  );
}
