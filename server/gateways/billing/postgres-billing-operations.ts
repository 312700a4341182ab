// The built-in billing system's operator reads and its commands (each idempotent by key), beside the
// customer-facing reads in postgres-billing-gateway.ts.
import type { Db } from "~/server/db/client";
import type { Clock } from "~/server/lib/clock";
import { runBillCycle } from "./bill-cycle";
import type { BillingGateway } from "./billing-gateway";
import type { PaymentView, ScheduledMove } from "./billing-views";
import { once } from "./commands";
import { issueCreditNote, postPayment, postRefund } from "./ledger";
import { findBillLines, findCreditNotes, listCreditNotes, listOverdueBills } from "./ledger-reads";
import { findBillingAccounts, findBillsByVariableSymbol } from "./operator-lookups";
import { inScope } from "./scope-sql";
import { nextPeriod, scheduleMove } from "./service-move";
import { listSuspensions, restoreServices, suspendedAccounts, suspendServices } from "./service-suspension";
import { currentUsageLevels } from "./usage-alerts-sql";

type Operations = Pick<
  BillingGateway,
  | "listCreditNotes"
  | "findBillLines"
  | "findCreditNotes"
  | "listOverdueBills"
  | "findBillsByVariableSymbol"
  | "findBillingAccounts"
  | "getUsageLevels"
  | "issueCreditNote"
  | "postPayment"
  | "postRefund"
  | "scheduleMove"
  | "runBillRun"
  | "listSuspensions"
  | "suspendedAccounts"
  | "suspendServices"
  | "restoreServices"
>;

export function postgresBillingOperations(db: Db, clock: Clock): Operations {
  const today = () => clock.now().toISOString().slice(0, 10);
  const paymentView = async (
    postingId: bigint,
    p: { billingAccountId: string; billId?: string | null; amountMinor: number; reference: string },
  ): Promise<PaymentView> => {
    const [account] = await db.$queryRaw<
      { currency: string }[]
    >`SELECT currency FROM "BillingAccount" WHERE id = ${p.billingAccountId}::uuid`;
    return {
      id: postingId.toString(),
      billingAccountId: p.billingAccountId,
      billId: p.billId ?? null,
      amount: { amountMinor: p.amountMinor, currency: account?.currency ?? "" },
      reference: p.reference,
    };
  };
  return {
    listCreditNotes: (scope, filters) => listCreditNotes(db, scope, filters),
    findBillLines: (lineIds) => findBillLines(db, lineIds),
    findCreditNotes: (ids) => findCreditNotes(db, ids),
    listOverdueBills: (input) => listOverdueBills(db, input),
    findBillsByVariableSymbol: (symbols) => findBillsByVariableSymbol(db, symbols),
    findBillingAccounts: (input) => findBillingAccounts(db, input),
    getUsageLevels: ({ asOf, minPercent }) => currentUsageLevels(db, asOf, minPercent),

    // The ledger makes these idempotent by their reference already (the posting's unique key).
    async issueCreditNote({ billId, netMinor, reason, reference }) {
      const note = await issueCreditNote(db, { billId, netMinor: BigInt(netMinor), reason, reference });
      const [view] = await findCreditNotes(db, [note.id]);
      return view!;
    },
    async postPayment({ billingAccountId, billId, amountMinor, reference, postedAt }) {
      const { postingId } = await postPayment(db, { billingAccountId, billId, amountMinor: BigInt(amountMinor), reference, postedAt });
      return paymentView(postingId, { billingAccountId, billId, amountMinor, reference });
    },
    async postRefund({ billingAccountId, billId, amountMinor, reference }) {
      const { postingId } = await postRefund(db, { billingAccountId, billId, amountMinor: BigInt(amountMinor), reference });
      return paymentView(postingId, { billingAccountId, billId, amountMinor, reference });
    },

    scheduleMove: (scope, { serviceId, toBillingAccountId, requestedById, idempotencyKey }) =>
      once<ScheduledMove>(db, `move:${scope.customerId}:${idempotencyKey}`, "scheduleMove", () =>
        scheduleMove(db, {
          customerId: scope.customerId,
          serviceId: inScope(scope, serviceId),
          toBillingAccountId,
          requestedById,
          effectivePeriod: nextPeriod(today().slice(0, 7)),
        }),
      ),
    listSuspensions: (scope, filters) => listSuspensions(db, scope, filters),
    suspendedAccounts: () => suspendedAccounts(db),
    suspendServices: ({ idempotencyKey, ...input }) =>
      once(db, `suspend:${idempotencyKey}`, "suspendServices", () => suspendServices(db, clock.now(), input)),
    restoreServices: ({ idempotencyKey, ...input }) =>
      once(db, `restore:${idempotencyKey}`, "restoreServices", () => restoreServices(db, clock.now(), input)),
    runBillRun: ({ period, billingAccountIds, idempotencyKey }) =>
      once(db, `bill-run:${idempotencyKey}`, "runBillRun", () => runBillCycle(db, { now: clock.now(), period, billingAccountIds })),
  };
}
