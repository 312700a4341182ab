// A small world for the usage suites: a mobile plan with allowances and rates, a household on it,
// and a company whose member is granted one line. CDRs go in with `addCdr`.
import { ensureBillingCatalogue } from "~/server/gateways/billing/tariff-catalogue";
import type { UsageKind, UsageZone } from "~/server/domain/billing/vocabulary";
import { addMembership, createBillingAccount, createCustomer, createPlan, createService, createUser, testDb } from "~/tests/kit";

export const MIB = 1_048_576;
export const GIB = 1_073_741_824;

const micro = (minor: number) => BigInt(minor * 1_000_000);

/** 100 minutes, unlimited SMS, 1 GiB; national and EU roaming draw on the allowance, international voice is charged. */
export async function createMeteredPlan() {
  const db = testDb();
  await db.$transaction((tx) => ensureBillingCatalogue(tx)); // VAT rates
  const planId = await createPlan({ kind: "mobile", monthlyFeeMinor: 1990 });
  await db.tariff.create({
    data: {
      planId,
      voiceSeconds: 6000,
      smsCount: null,
      dataBytes: BigInt(GIB),
      rates: {
        create: [
          { kind: "voice", zone: "national", priceMicro: micro(250), unitSize: 60, fromAllowance: true },
          { kind: "voice", zone: "roaming_eu", priceMicro: micro(250), unitSize: 60, fromAllowance: true },
          { kind: "voice", zone: "international", priceMicro: micro(990), unitSize: 60, fromAllowance: false },
          { kind: "sms", zone: "national", priceMicro: micro(190), unitSize: 1, fromAllowance: true },
          { kind: "data", zone: "national", priceMicro: micro(50), unitSize: MIB, fromAllowance: true },
          { kind: "data", zone: "roaming_eu", priceMicro: micro(50), unitSize: MIB, fromAllowance: true },
        ],
      },
    },
  });
  return planId;
}

export async function createMeteredHousehold(planId: string) {
  const customerId = await createCustomer();
  const billingAccountId = await createBillingAccount({ customerId, name: "Home" });
  const owner = await createUser();
  await addMembership({ userId: owner.userId, customerId, role: "owner" });
  const mobile = await createService({ customerId, billingAccountId, kind: "mobile", planId, label: "My phone" });
  const tv = await createService({ customerId, billingAccountId, kind: "tv", label: "Living room" });
  return { owner, customerId, billingAccountId, mobile, tv };
}

export async function createMeteredCompany(planId: string) {
  const customerId = await createCustomer({ kind: "enterprise" });
  const billingAccountId = await createBillingAccount({ customerId, name: "Company" });
  const admin = await createUser();
  const member = await createUser();
  const technical = await createUser();
  const granted = await createService({
    customerId,
    billingAccountId,
    kind: "mobile",
    planId,
    label: "Field phone",
    assignedUserId: member.userId,
  });
  const other = await createService({ customerId, billingAccountId, kind: "mobile", planId, label: "CEO phone" });
  await addMembership({ userId: admin.userId, customerId, role: "admin" });
  await addMembership({ userId: member.userId, customerId, role: "member", services: [granted] });
  await addMembership({ userId: technical.userId, customerId, role: "technical" });
  return { customerId, billingAccountId, admin, member, technical, granted, other };
}

export async function addCdr(
  serviceId: string,
  kind: UsageKind,
  zone: UsageZone,
  quantity: number,
  startedAt: string,
  destination: string | null = null,
) {
  await testDb().usageRecord.create({
    data: { serviceId, kind, zone, quantity: BigInt(quantity), startedAt: new Date(startedAt), destination },
  });
}
