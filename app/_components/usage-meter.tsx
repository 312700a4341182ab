import { useTranslations } from "next-intl";
import type { MeterView } from "~/server/modules/usage/usage.schemas";
import { useQuantityText } from "./usage-quantity";

/** One allowance as a native meter with its reading in words ("3.2 GB of 10 GB used"); unlimited says so. */
export function UsageMeter({ meter, id }: { meter: MeterView; id: string }) {
  const t = useTranslations("usage");
  const text = useQuantityText();
  const used = text(meter.kind, meter.used);
  const reading =
    meter.allowance === null ? t("meterUnlimited", { used }) : t("meterUsed", { used, allowance: text(meter.kind, meter.allowance) });
  return (
    <div className="usage-meter">
      <p className="usage-meter-head">
        <span id={`${id}-label`} className="usage-meter-kind">
          {t(`kinds.${meter.kind}`)}
        </span>
        <span id={`${id}-text`}>{reading}</span>
      </p>
      {meter.allowance !== null && meter.allowance > 0 && (
        <meter
          min={0}
          max={meter.allowance}
          value={Math.min(meter.used, meter.allowance)}
          low={meter.allowance * 0.8}
          high={meter.allowance * 0.999}
          optimum={0}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-text`}
        >
          {t("percentUsed", { percent: meter.percent ?? 0 })}
        </meter>
      )}
      {meter.charged > 0 && <p className="hint">{t("meterCharged", { charged: text(meter.kind, meter.charged) })}</p>}
    </div>
  );
}
