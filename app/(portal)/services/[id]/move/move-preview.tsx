import { getTranslations } from "next-intl/server";
import { Money } from "~/app/_components/money";
import type { MovePreviewView } from "~/server/modules/moves/moves.schemas";

type Side = NonNullable<MovePreviewView["from"]>;

/** Both accounts side by side: which services each would carry, and its bill so far. */
export async function MovePreviewCards({ preview }: { preview: MovePreviewView }) {
  const t = await getTranslations("moves");
  const sides = [preview.from, preview.to].filter((s): s is Side => s !== null);
  return (
    <section aria-labelledby="move-preview-heading" className="stack">
      <h2 id="move-preview-heading">{t("previewHeading", { period: preview.period })}</h2>
      <p className="muted">{t("previewNote")}</p>
      <div className="grid">
        {sides.map((side) => (
          <article key={side.billingAccount.id} className="card" aria-labelledby={`move-${side.billingAccount.id}`}>
            <h3 id={`move-${side.billingAccount.id}`}>
              {t("afterMove", { account: `${side.billingAccount.number} ${side.billingAccount.name}` })}
            </h3>
            <h4>{t("services")}</h4>
            {side.services.length === 0 ? (
              <p>{t("noServices")}</p>
            ) : (
              <ul>
                {side.services.map((s) => (
                  <li key={s.id}>
                    {s.label ?? s.kind} <span className="nowrap">{s.identifier}</span>
                  </li>
                ))}
              </ul>
            )}
            <dl className="details details-compact">
              <div className="details-row">
                <dt>{t("net")}</dt>
                <dd>
                  <Money minor={side.taxExcludedAmount.amountMinor} currency={side.taxExcludedAmount.currency} />
                </dd>
              </div>
              <div className="details-row">
                <dt>{t("total")}</dt>
                <dd>
                  <Money minor={side.taxIncludedAmount.amountMinor} currency={side.taxIncludedAmount.currency} />
                </dd>
              </div>
            </dl>
          </article>
        ))}
      </div>
    </section>
  );
}
