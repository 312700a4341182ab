// The portal's records of saved cards and autopay: which Stripe customer holds a customer's cards, autopay per
// billing account, and one autopay run per bill.
import type { AutopayStatus } from "~/server/db/generated/enums";
import { billHolderRoles } from "~/server/auth/principal";
import type { Db, Tx } from "~/server/db/client";
import type { NotificationData } from "~/server/modules/notifications/kinds";
import { notify } from "~/server/modules/notifications/notify";

export type AutopayRun = {
  billId: string;
  billingAccountId: string;
  customerId: string;
  billNumber: string;
  currency: string;
  amountMinor: number;
  chargeAt: Date;
  status: AutopayStatus;
};

type RunOutcome = {
  status: AutopayStatus;
  paymentIntentId?: string;
  cardBrand?: string | null;
  cardLast4?: string | null;
  failureCode?: string;
};
type NoticeData = NotificationData["payment.autopay"] | NotificationData["payment.received"];

/** Autopay concerns the account, not whoever switched it on: every bill holder hears of it. */
async function notifyHolders(tx: Tx, customerId: string, kind: NoticeKind, data: NoticeData, link: string) {
  const holders = await tx.membership.findMany({
    where: { customerId, role: { in: [...billHolderRoles] } },
    select: { userId: true },
    orderBy: { createdAt: "asc" },
  });
  for (const { userId } of holders) await notify(tx, { userId, customerId }, kind, data as never, link);
}
type NoticeKind = "payment.received" | "payment.autopay";

export function cardsRepository(db: Db) {
  return {
    stripeCustomerOf: async (customerId: string) =>
      (await db.paymentProfile.findUnique({ where: { customerId }, select: { stripeCustomerId: true } }))?.stripeCustomerId ?? null,
    /** The first one saved wins: a second request racing the first gets the same Stripe customer back. */
    async saveStripeCustomer(customerId: string, stripeCustomerId: string, now: Date) {
      await db.paymentProfile.createMany({ data: [{ customerId, stripeCustomerId, createdAt: now }], skipDuplicates: true });
      return (await db.paymentProfile.findUniqueOrThrow({ where: { customerId } })).stripeCustomerId;
    },
    autopaySettings: (customerId: string) =>
      db.autopaySetting.findMany({ where: { customerId }, select: { billingAccountId: true, enabled: true } }),
    autopayOn: async (billingAccountId: string) =>
      (await db.autopaySetting.findUnique({ where: { billingAccountId }, select: { enabled: true } }))?.enabled ?? false,
    async setAutopay(input: { billingAccountId: string; customerId: string; enabled: boolean; userId: string }, now: Date) {
      const data = { enabled: input.enabled, updatedById: input.userId, updatedAt: now };
      await db.autopaySetting.upsert({
        where: { billingAccountId: input.billingAccountId },
        create: { billingAccountId: input.billingAccountId, customerId: input.customerId, ...data },
        update: data,
      });
    },
    async autopayOffForCustomer(customerId: string, userId: string, now: Date) {
      await db.autopaySetting.updateMany({
        where: { customerId, enabled: true },
        data: { enabled: false, updatedById: userId, updatedAt: now },
      });
    },
    dueRuns: async (now: Date, take = 100): Promise<AutopayRun[]> =>
      (await db.autopayCharge.findMany({ where: { status: "scheduled", chargeAt: { lte: now } }, orderBy: { chargeAt: "asc" }, take })).map(
        (r) => ({ ...r, amountMinor: Number(r.amountMinor) }),
      ),
    /**
     * Ends a scheduled run and tells the bill's holders, in one transaction. Only a scheduled run moves: a job retried
     * after the first one finished, or a webhook after the job, changes nothing and tells nobody twice.
     */
    async finishRun(billId: string, outcome: RunOutcome, notice: { kind: NoticeKind; data: NoticeData } | null, now: Date) {
      return db.$transaction(async (tx) => {
        const { count } = await tx.autopayCharge.updateMany({
          where: { billId, status: "scheduled" },
          data: { ...outcome, updatedAt: now },
        });
        if (count === 0) return false;
        const run = await tx.autopayCharge.findUniqueOrThrow({ where: { billId }, select: { customerId: true } });
        if (notice) await notifyHolders(tx, run.customerId, notice.kind, notice.data, `/bills/${billId}`);
        return true;
      });
    },
  };
}
export type CardsRepository = ReturnType<typeof cardsRepository>;

/** A new bill on an account with autopay on: the run and its pre-debit notice, in the event's transaction (once per bill). */
export async function scheduleAutopayRun(
  tx: Tx,
  run: Omit<AutopayRun, "status">,
  notice: NotificationData["payment.autopay"],
  now: Date,
): Promise<boolean> {
  if (!(await tx.autopaySetting.findUnique({ where: { billingAccountId: run.billingAccountId }, select: { enabled: true } }))?.enabled) {
    return false;
  }
  const { count } = await tx.autopayCharge.createMany({
    data: [{ ...run, amountMinor: BigInt(run.amountMinor), createdAt: now, updatedAt: now }],
    skipDuplicates: true,
  });
  if (count > 0) await notifyHolders(tx, run.customerId, "payment.autopay", notice, `/bills/${run.billId}`);
  return count > 0;
}
