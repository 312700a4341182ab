// TMF666 Account Management v4: the billing system's billing accounts (list, get).
import type { BillingAccountView } from "~/server/gateways/billing/billing-gateway";
import { customerNames } from "../clients/api-clients.repository";
import { filterValue, type TmfResource } from "../kit/query";
import { loadSpec } from "../kit/spec-source";
import { hrefOf, identityOf, type TmfApi, type TmfContext } from "../kit/tmf-api";
import { tmfMoney } from "../kit/values";
import { billingScopes, findInScopes, partyRef } from "./billing-scopes";

export const BILLING_ACCOUNTS = "billingAccount";
/** Where TMF666 lives, for references to billing accounts from other APIs. */
export const accountBase = (ctx: Pick<TmfContext, "base">) => ctx.base.replace(/\/tmf-api\/.*$/, "/tmf-api/accountManagement/v4");

export const billingAccountRef = (ctx: Pick<TmfContext, "base">, a: { id: string; name: string }) => ({
  id: a.id,
  href: hrefOf({ base: accountBase(ctx) }, BILLING_ACCOUNTS, a.id),
  name: a.name,
  "@referredType": "BillingAccount",
  "@type": "BillingAccountRef",
});

function billingAccountOf(ctx: TmfContext, party: { id: string; name: string }, a: BillingAccountView): TmfResource {
  return {
    ...identityOf(ctx, BILLING_ACCOUNTS, "BillingAccount", a.id),
    name: a.name,
    description: a.number,
    accountType: "billing",
    ratingType: "postpaid",
    state: "Active",
    paymentStatus: a.balance.amountMinor > 0 ? "due" : "paid",
    accountBalance: [{ balanceType: "receivableBalance", amount: tmfMoney(a.balance), validFor: { startDateTime: ctx.now.toISOString() } }],
    billStructure: { cycleSpecification: { billingDateShift: a.billCycleDay, name: `day ${a.billCycleDay}` } },
    relatedParty: [partyRef(party.id, party.name)],
  };
}

export const accountApi: TmfApi = {
  get spec() {
    return loadSpec("TMF666-Account-v4.0.0.swagger.json");
  },
  collections: {
    [BILLING_ACCOUNTS]: {
      async list(ctx, query) {
        const scopes = await billingScopes(ctx, filterValue(query, "relatedParty.id"));
        const names = await customerNames(
          ctx.deps.db,
          scopes.map((s) => s.customerId),
        );
        const pages = await Promise.all(
          scopes.map(async (s) =>
            (await ctx.deps.billing.listBillingAccounts(s)).map((a) =>
              billingAccountOf(ctx, { id: s.customerId, name: names.get(s.customerId) ?? "" }, a),
            ),
          ),
        );
        return pages.flat();
      },
      async get(ctx, id) {
        const hit = await findInScopes(
          await billingScopes(ctx),
          async (s) => (await ctx.deps.billing.listBillingAccounts(s)).find((a) => a.id === id) ?? null,
        );
        if (!hit) return null;
        const names = await customerNames(ctx.deps.db, [hit.scope.customerId]);
        return billingAccountOf(ctx, { id: hit.scope.customerId, name: names.get(hit.scope.customerId) ?? "" }, hit.found);
      },
    },
  },
};
