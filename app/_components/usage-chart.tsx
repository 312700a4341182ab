"use client";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type UsageChartPoint = { label: string; total: number };

/**
 * Monthly totals as bars (amounts in major units). Hidden from assistive technology: the page
 * always renders the same figures as a table beneath it.
 */
export function UsageChart({
  points,
  title,
  formatMoney,
}: {
  points: UsageChartPoint[];
  title: string;
  formatMoney: { locale: string; currency: string };
}) {
  const money = new Intl.NumberFormat(formatMoney.locale, { style: "currency", currency: formatMoney.currency, maximumFractionDigits: 0 });
  return (
    <figure className="usage-chart" aria-hidden="true" title={title}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={(v: number) => money.format(v)} tick={{ fontSize: 12 }} width={72} />
          <Tooltip formatter={(v) => money.format(Number(v))} />
          <Bar dataKey="total" fill="var(--brand)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
