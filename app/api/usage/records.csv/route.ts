// Itemised usage as CSV, with the records page's filters. Every page goes through the usage.records
// procedure as the signed-in person, so the scope check is the one the page gets. Streamed page by
// page (UTF-8 with a BOM so spreadsheet programs pick the encoding), capped at MAX_ROWS.
import { TRPCError } from "@trpc/server";
import { stringify } from "csv-stringify/sync";
import { spreadsheetCsv } from "~/server/lib/csv";
import { getTranslations } from "next-intl/server";
import { hasUnknownChoice, recordsInput, recordsQuery, searchParamsOf } from "~/app/_components/usage-records-query";
import { api } from "~/app/_lib/trpc/server";
import type { UsageRecordView } from "~/server/modules/usage/usage.schemas";
import { downloadRefused } from "~/app/api/downloads";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 100;
const MAX_ROWS = 100_000;

const plain = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
const statusOf: Partial<Record<TRPCError["code"], number>> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

export async function GET(request: Request) {
  const caller = await api();
  const limited = await downloadRefused(request, caller.actor);
  if (limited) return limited;
  const t = await getTranslations("usage");
  const sp = searchParamsOf(new URL(request.url).searchParams);
  if (hasUnknownChoice(sp)) return plain(t("csv.badFilter"), 400);
  const input = recordsInput(recordsQuery(sp));
  const fetchPage = (page: number) => caller.usage.records({ ...input, page, pageSize: PAGE_SIZE });

  // The first page before any byte is sent: a refused filter or access is still a proper status.
  let first: Awaited<ReturnType<typeof fetchPage>>;
  try {
    first = await fetchPage(1);
  } catch (e) {
    const status = e instanceof TRPCError ? statusOf[e.code] : undefined;
    if (!status) throw e;
    return plain(status === 400 ? t("csv.badFilter") : e instanceof TRPCError ? e.code : "", status);
  }

  const row = (r: UsageRecordView) => [
    r.startedAt.toISOString(),
    r.service.identifier,
    r.service.label ?? "",
    t(`kinds.${r.kind}`),
    t(`zones.${r.zone}`),
    r.destination ?? "",
    r.quantity,
    t(`csv.units.${r.kind}`),
  ];
  const header = [
    t("csv.startedAt"),
    t("csv.identifier"),
    t("csv.label"),
    t("csv.kind"),
    t("csv.zone"),
    t("csv.destination"),
    t("csv.quantity"),
    t("csv.unit"),
  ];
  const lastPage = Math.min(first.pageCount, Math.ceil(MAX_ROWS / PAGE_SIZE));
  const encoder = new TextEncoder();
  let page = 1;
  let items = first.items;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(stringify([header], spreadsheetCsv)));
    },
    async pull(controller) {
      if (items.length > 0) controller.enqueue(encoder.encode(stringify(items.map(row), { ...spreadsheetCsv, bom: false })));
      if (page >= lastPage || items.length < PAGE_SIZE) {
        controller.close();
        return;
      }
      page += 1;
      items = (await fetchPage(page)).items;
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="usage-records.csv"`,
      "cache-control": "no-store",
    },
  });
}
