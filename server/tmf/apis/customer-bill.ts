// TMF678 Customer Bill Management v4: issued bills (list, get) and their lines as applied billing rates (list, get).
import type { Scope } from "~/server/auth/scope";
import type { BillLineView, CustomerBill } from "~/server/gateways/billing/billing-gateway";
import { Id } from "~/server/lib/ids";
import { filterValue, type TmfResource } from "../kit/query";
import { loadSpec } from "../kit/spec-source";
import { hrefOf, identityOf, type TmfApi, type TmfContext } from "../kit/tmf-api";
import { isoInstant, tmfMoney } from "../kit/values";
import { billingAccountRef } from "./account";
import { billingScopes, findInScopes, partyRef } from "./billing-scopes";

const BILLS = "customerBill";
const RATES = "appliedCustomerBillingRate";
const ALL = { page: 1, pageSize: 100_000 };

const billState: Record<CustomerBill["state"], string> = {
  issued: "sent",
  overdue: "sent",
  partially_paid: "partiallyPaid",
  paid: "settled",
};

/** endDate is inclusive: the period ends at the start of the next day. */
const periodOf = (start: string | null, end: string | null) =>
  start && end
    ? { startDateTime: isoInstant(start), endDateTime: new Date(Date.parse(isoInstant(end)) + 86_400_000).toISOString() }
    : undefined;

function customerBillOf(ctx: TmfContext, customerId: string, b: CustomerBill): TmfResource {
  return {
    ...identityOf(ctx, BILLS, "CustomerBill", b.id),
    billNo: b.billNo,
    category: "normal",
    runType: "onCycle",
    billDate: isoInstant(b.billDate),
    paymentDueDate: isoInstant(b.paymentDueDate),
    billingPeriod: periodOf(b.billingPeriod.startDate, b.billingPeriod.endDate),
    state: billState[b.state],
    amountDue: tmfMoney(b.remainingAmount),
    remainingAmount: tmfMoney(b.remainingAmount),
    taxExcludedAmount: tmfMoney(b.taxExcludedAmount),
    taxIncludedAmount: tmfMoney(b.taxIncludedAmount),
    taxItem: b.taxItem.map((t) => ({
      taxCategory: "VAT",
      taxRate: t.taxRateBp / 10_000,
      taxAmount: tmfMoney(t.taxAmount),
      "@type": "TaxItem",
    })),
    billingAccount: billingAccountRef(ctx, b.billingAccount),
    relatedParty: [partyRef(customerId)],
  };
}

const rateType = (kind: BillLineView["kind"]) =>
  kind === "discount" ? "appliedBillingCredit" : kind === "tax" ? "tax" : "appliedBillingCharge";

function rateOf(ctx: TmfContext, bill: CustomerBill, l: BillLineView): TmfResource {
  return {
    ...identityOf(ctx, RATES, "AppliedCustomerBillingRate", l.id),
    name: l.description,
    description: l.description,
    type: l.kind,
    appliedBillingRateType: rateType(l.kind),
    date: isoInstant(bill.billDate),
    isBilled: true,
    periodCoverage: periodOf(l.startDate, l.endDate),
    taxExcludedAmount: tmfMoney(l.amount),
    bill: { id: bill.id, href: hrefOf(ctx, BILLS, bill.id), "@referredType": "CustomerBill", "@type": "CustomerBillRef" },
    billingAccount: billingAccountRef(ctx, bill.billingAccount),
    ...(l.service ? { product: { id: l.service.id, name: l.service.label ?? l.service.identifier, "@type": "ProductRef" } } : {}),
  };
}

async function billsIn(ctx: TmfContext, scope: Scope, billingAccountId?: string) {
  return (await ctx.deps.billing.listBills(scope, billingAccountId ? { billingAccountId } : {}, ALL)).items;
}

export const customerBillApi: TmfApi = {
  get spec() {
    return loadSpec("TMF678-Customer_Bill-v4.0.0.swagger.json");
  },
  collections: {
    [BILLS]: {
      async list(ctx, query) {
        const account = filterValue(query, "billingAccount.id");
        if (account !== undefined && !Id.safeParse(account).success) return [];
        const scopes = await billingScopes(ctx, filterValue(query, "relatedParty.id"));
        const all = await Promise.all(
          scopes.map(async (s) => (await billsIn(ctx, s, account)).map((b) => customerBillOf(ctx, s.customerId, b))),
        );
        return all.flat();
      },
      async get(ctx, id) {
        const hit = await findInScopes(await billingScopes(ctx), (s) => ctx.deps.billing.getBill(s, id));
        return hit && customerBillOf(ctx, hit.scope.customerId, hit.found);
      },
    },
    [RATES]: {
      idPattern: /^\d{1,18}$/,
      async list(ctx, query) {
        const billId = filterValue(query, "bill.id");
        if (billId !== undefined && !Id.safeParse(billId).success) return [];
        const scopes = await billingScopes(ctx);
        const rates = await Promise.all(
          scopes.map(async (s) => {
            const ids = billId ? [billId] : (await billsIn(ctx, s)).map((b) => b.id);
            const bills = await Promise.all(ids.map((id) => ctx.deps.billing.getBill(s, id)));
            return bills.flatMap((b) => (b ? b.lines.map((l) => rateOf(ctx, b, l)) : []));
          }),
        );
        return rates.flat();
      },
      async get(ctx, id) {
        const [line] = await ctx.deps.billing.findBillLines([id]);
        if (!line) return null;
        const hit = await findInScopes(await billingScopes(ctx), (s) => ctx.deps.billing.getBill(s, line.billId));
        const visible = hit?.found.lines.find((l) => l.id === id);
        return visible ? rateOf(ctx, hit!.found, visible) : null;
      },
    },
  },
};
