// What the portal may ask of a billing system. Shapes follow TM Forum TMF678 (Customer Bill),
// TMF666 (Account), TMF635 (Usage) and TMF676 (Payment) loosely (billing-views.ts), with money as
// integer minor units. The built-in system implements it in postgres-billing-gateway.ts, the tests
// in memory-billing-gateway.ts; a BSS adapter would implement the same. contract.ts is what they all pass.
import type { Scope } from "~/server/auth/scope";
import type { SuspensionReason } from "~/server/domain/billing/suspension";
import type { Page, PageInput } from "~/server/lib/pagination";
import type {
  AccountStatement,
  BillFilters,
  BillingAccountView,
  BillLineRef,
  BillPreview,
  BillRunResult,
  CreditNoteView,
  CustomerBill,
  CustomerBillDetail,
  IsoDate,
  MovePreview,
  OverdueBill,
  PaymentView,
  ScheduledMove,
  ServiceSuspensionView,
  SuspensionChange,
  UsageFilters,
  UsageLevels,
  UsageRecordView,
  UsageSummary,
} from "./billing-views";

export type * from "./billing-views";

/**
 * Commands carry a caller-supplied idempotency key: a retry with the same key returns the first
 * result and changes nothing (no transaction spans the seam, so a retry is how a caller recovers).
 */
export type Idempotent = { idempotencyKey: string };

/** A plan of the catalogue as offered for a service, priced on the service's own recent usage. */
export type PlanOffer = {
  id: string;
  code: string;
  name: string;
  /** Net of VAT, like the bill's recurring lines. */
  monthlyFeeMinor: number;
  currency: string;
  /** null = unlimited. */
  allowance: { voiceSeconds: number | null; smsCount: number | null; dataBytes: number | null };
  /** What the plan would have cost a month, on average, over `periods` of this service's usage (net). */
  usageCostMinor: number;
};

/** The plans of a service's kind side by side (TMF620 offerings, loosely). */
export type PlanComparison = {
  serviceId: string;
  kind: string;
  currentPlanId: string;
  billCycleDay: number;
  /** The ended periods the usage was taken from, oldest first. */
  periods: string[];
  plans: PlanOffer[];
};

/** A billing account as the operator finds it: by its number, with the customer holding it. */
export type BillingAccountRef = { id: string; number: string; name: string; customerId: string };

export type CreditNoteFilters = { references?: string[]; period?: string };

export interface BillingGateway {
  /** Billing accounts of the scope's customer (with serviceIds: those holding one of the services). */
  listBillingAccounts(scope: Scope): Promise<BillingAccountView[]>;
  /** Newest period first. */
  listBills(scope: Scope, filters: BillFilters, page: PageInput): Promise<Page<CustomerBill>>;
  /** null when absent or outside the scope (the caller answers NOT_FOUND either way). */
  getBill(scope: Scope, billId: string): Promise<CustomerBillDetail | null>;
  /** Usage meters and charges so far for a period not yet billed; null when the account is outside the scope or billed. */
  previewBill(scope: Scope, billingAccountId: string, period: string): Promise<BillPreview | null>;
  /** Allowance meters and usage charges of a period, billed or not; null when the account is outside the scope. */
  getUsageSummary(scope: Scope, billingAccountId: string, period: string): Promise<UsageSummary | null>;
  /** Itemised CDRs, newest first. */
  listUsage(scope: Scope, filters: UsageFilters, page: PageInput): Promise<Page<UsageRecordView>>;
  /**
   * Opening balance, the ledger's entries of [from, to] with running balances, closing balance; null when the account is outside the
   * scope.
   */
  getStatement(scope: Scope, billingAccountId: string, from: IsoDate, to: IsoDate): Promise<AccountStatement | null>;
  /** Credit notes on the scope's bills: by reference, and/or on the bills of a period; oldest first. */
  listCreditNotes(scope: Scope, filters: CreditNoteFilters): Promise<CreditNoteView[]>;

  /** Operator read: bill lines by id (unknown ids are left out). */
  findBillLines(lineIds: string[]): Promise<BillLineRef[]>;
  /** Operator read: credit notes by id (unknown ids are left out). */
  findCreditNotes(ids: string[]): Promise<CreditNoteView[]>;
  /** Operator read for dunning: bills due before `asOf` with something left to pay, oldest due date first. */
  listOverdueBills(input: { asOf: IsoDate; billingAccountIds?: string[] }): Promise<OverdueBill[]>;
  /** The scope's services' debt suspensions (open only, or the history too), newest first. */
  listSuspensions(scope: Scope, filters: { billingAccountId?: string; openOnly?: boolean }): Promise<ServiceSuspensionView[]>;
  /** Operator read for restoration: the accounts with a service suspended now. */
  suspendedAccounts(): Promise<{ billingAccountId: string; customerId: string }[]>;
  /**
   * Operator action (dunning): bars the non-essential features of every live service of the account (what, by kind:
   * domain/billing/suspension.ts) not suspended already; announced on the feed (ServiceStateChangeEvent) when it
   * changed a service. NOT_FOUND for an unknown account.
   */
  suspendServices(input: { billingAccountId: string; reason: SuspensionReason } & Idempotent): Promise<SuspensionChange>;
  /** Operator action (dunning): lifts the account's open suspensions; announced on the feed when it lifted one. */
  restoreServices(input: { billingAccountId: string } & Idempotent): Promise<SuspensionChange>;
  /**
   * Operator read for bank transfers: issued bills whose variable symbol (server/lib/spayd.ts, from the bill number) is one of
   * `symbols`, paid or not, with what is left to pay.
   */
  findBillsByVariableSymbol(symbols: string[]): Promise<OverdueBill[]>;
  /** Operator read for the billing agent's look-up: accounts whose number contains `text` (any case), at most `take`. */
  findBillingAccounts(input: { numberContains: string; take: number }): Promise<BillingAccountRef[]>;
  /** Operator read for usage alerts: every service's allowance use (at or above `minPercent`) and roaming in its current period. */
  getUsageLevels(input: { asOf: Date; minPercent: number }): Promise<UsageLevels>;

  /**
   * Operator action (SLA credits, upheld disputes): credits part of an issued bill, VAT added at the bill's rate.
   * `reference` is the idempotency key; CONFLICT when it would exceed what is left of the bill's net amount.
   */
  issueCreditNote(input: { billId: string; netMinor: number; reason: string; reference: string }): Promise<CreditNoteView>;
  /** A payment received; `reference` (the provider's id) is the idempotency key. VALIDATION unless positive. */
  postPayment(input: {
    billingAccountId: string;
    billId?: string | null;
    amountMinor: number;
    reference: string;
    postedAt?: Date;
  }): Promise<PaymentView>;
  /** Money paid back (a card refund); `reference` (the provider's refund id) is the idempotency key. VALIDATION unless positive. */
  postRefund(input: { billingAccountId: string; billId?: string | null; amountMinor: number; reference: string }): Promise<PaymentView>;
  /** Both accounts' current bills as they would be with the service moved; NOT_FOUND / VALIDATION as scheduleMove. */
  previewMove(scope: Scope, serviceId: string, toBillingAccountId: string): Promise<MovePreview>;
  /** Moves the service to another account of the customer from the next period; CONFLICT if one is pending. */
  scheduleMove(
    scope: Scope,
    input: { serviceId: string; toBillingAccountId: string; requestedById: string } & Idempotent,
  ): Promise<ScheduledMove>;
  /** Moves not yet in effect, of the scope's services. */
  pendingMoves(scope: Scope): Promise<ScheduledMove[]>;
  cancelMove(scope: Scope, moveId: string): Promise<void>;
  /**
   * Operator action (job or script). With a period: bill every account (or those given) for it. Without:
   * the cycle as of today: each account whose cycle day has come is billed for the period that just
   * ended, and moves due with it take effect. One result per period billed; bills issued announce
   * themselves on the event feed (CustomerBillCreateEvent).
   */
  /** The plans of the service's kind priced on its last three ended periods of usage; null when the service is outside the scope. */
  comparePlans(scope: Scope, serviceId: string, asOf: Date): Promise<PlanComparison | null>;
  /**
   * Puts the service on `planId` from `from` (a date): the plan periods before it are kept, later ones replaced, so the
   * bill for the period holding `from` carries both plans prorated. Repeating it changes nothing (the fulfilment system
   * calls it when a plan-change order activates).
   */
  changePlan(
    input: { serviceId: string; planId: string; from: IsoDate } & Idempotent,
  ): Promise<{ serviceId: string; planId: string; from: IsoDate }>;
  runBillRun(input: { period?: string; billingAccountIds?: string[] | null } & Idempotent): Promise<BillRunResult[]>;
}
