// The cost-centre split of a bill as CSV, through the same procedure (and access check) as the page.
import { Readable } from "node:stream";
import { TRPCError } from "@trpc/server";
import { stringify } from "csv-stringify";
import { spreadsheetCsv } from "~/server/lib/csv";
import { getTranslations } from "next-intl/server";
import { createContext } from "~/server/api/context";
import { createCaller } from "~/server/api/root";
import { downloadRefused } from "~/app/api/downloads";

const statusOf: Partial<Record<TRPCError["code"], number>> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 404 };
const amount = (m: { amountMinor: number }) => m.amountMinor / 100;

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const ctx = await createContext(req.headers);
  const limited = await downloadRefused(req, ctx.actor);
  if (limited) return limited;
  let split;
  try {
    split = await createCaller(ctx).bills.costCentreSplit({ billId: (await params).id });
  } catch (e) {
    const status = e instanceof TRPCError ? statusOf[e.code] : undefined;
    if (status) return new Response(null, { status });
    throw e;
  }
  const t = await getTranslations({ locale: ctx.actor?.locale ?? "en", namespace: "bills.costCentres" });
  const currency = split.total.total.currency;
  const csv = stringify(spreadsheetCsv);
  csv.write([t("code"), t("name"), t("services"), `${t("net")} (${currency})`, `${t("vat")} (${currency})`, `${t("total")} (${currency})`]);
  for (const r of split.rows) {
    csv.write([
      r.costCentre?.code ?? "",
      r.costCentre?.name ?? t("unassigned"),
      r.serviceCount,
      amount(r.net),
      amount(r.vat),
      amount(r.total),
    ]);
  }
  const services = split.rows.reduce((s, r) => s + r.serviceCount, 0);
  csv.write(["", t("totalRow"), services, amount(split.total.net), amount(split.total.vat), amount(split.total.total)]);
  csv.end();
  return new Response(Readable.toWeb(csv) as ReadableStream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="cost-centres-${split.billNo.replace(/[^\w.-]/g, "_")}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
