import { createRouter, customerProcedure, expensiveCall } from "~/server/api/trpc";
import {
  ListRecordsInput,
  UsageHistoryInput,
  UsageHistoryView,
  UsageRecordPage,
  UsageSummaryInput,
  UsageSummaryView,
} from "./usage.schemas";
import { usageDeps } from "./usage.repository";
import * as usage from "./usage.service";

// Usage is every customer role's business (sub-users see their granted lines); totals and the forecast only for billing roles.
export const usageRouter = createRouter({
  summary: customerProcedure
    .use(expensiveCall)
    .input(UsageSummaryInput)
    .output(UsageSummaryView)
    .query(({ ctx, input }) => usage.usageSummary(usageDeps(ctx.deps), ctx.actor, input)),
  records: customerProcedure
    .input(ListRecordsInput)
    .output(UsageRecordPage)
    .query(({ ctx, input }) => usage.listRecords(usageDeps(ctx.deps), ctx.actor, input)),
  history: customerProcedure
    .input(UsageHistoryInput)
    .output(UsageHistoryView)
    .query(({ ctx, input }) => usage.usageHistory(usageDeps(ctx.deps), ctx.actor, input)),
});
