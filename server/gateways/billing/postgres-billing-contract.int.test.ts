// The built-in billing system against a real PostgreSQL passes the contract every implementation passes.
import { fixedClock } from "~/server/lib/clock";
import { createBillingAccount, createHousehold, issueBills, testDb } from "~/tests/kit";
import { billingContract } from "./contract";
import { createPostgresBillingFeed } from "./postgres-billing-feed";
import { createPostgresBillingGateway } from "./postgres-billing-gateway";

billingContract("postgres", async () => {
  const [anna, bigcorp] = [await createHousehold(), await createHousehold()];
  const secondAccountId = await createBillingAccount({ customerId: anna.customerId, name: "Cottage" });
  const older = await issueBills({ anna: anna.billingAccountId, bigcorp: bigcorp.billingAccountId }, "2026-09");
  const newer = await issueBills({ anna: anna.billingAccountId }, "2026-10");
  return {
    billing: createPostgresBillingGateway(testDb(), fixedClock("2026-11-23T10:00:00Z")),
    feed: createPostgresBillingFeed(testDb()),
    seed: {
      anna: {
        scope: { customerId: anna.customerId, serviceIds: null },
        userId: anna.userId,
        accountId: anna.billingAccountId,
        secondAccountId,
        serviceIds: [anna.services.mobile, anna.services.broadband],
        billIds: [newer.anna, older.anna],
      },
      bigcorp: { scope: { customerId: bigcorp.customerId, serviceIds: null }, accountId: bigcorp.billingAccountId, billId: older.bigcorp },
      asOf: "2026-11-23",
    },
  };
});
