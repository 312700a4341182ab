// What the portal may ask of a billing system. Shapes follow TM Forum TMF678 (Customer Bill),
// TMF666 (Account) and TMF635 (Usage) loosely, with money as integer minor units. The built-in
// system implements it in postgres-billing-gateway.ts; a BSS adapter would implement the same.
import type { Scope } from "~/server/auth/scope";
import type { Page, PageInput } from "~/server/lib/pagination";
import type { BillRunResult } from "./bill-run";
import type { IsoDate, LineKind, UsageKind, UsageZone } from "./rating";
import type { AccountStatement } from "./statement";

export type Money = { amountMinor: number; currency: string };
export type BillState = "issued" | "partially_paid" | "paid" | "overdue";

/** TMF666 BillingAccount, the part the portal shows. */
export type BillingAccountView = {
  id: string; number: string; name: string; currency: string; country: string; billCycleDay: number;
  /** what is owed across all bills (negative: in credit) */
  balance: Money;
};

/** TMF678 CustomerBill. */
export type CustomerBill = {
  id: string;
  billNo: string;
  billingAccount: { id: string; number: string; name: string };
  /** YYYY-MM */
  period: string;
  /** endDate is the last day of the period, inclusive */
  billingPeriod: { startDate: IsoDate; endDate: IsoDate };
  billDate: IsoDate;
  paymentDueDate: IsoDate;
  taxExcludedAmount: Money;
  taxIncludedAmount: Money;
  taxItem: { taxRateBp: number; taxAmount: Money }[];
  /** taxIncludedAmount minus payments and credit notes: the sum of the bill's receivable entries */
  remainingAmount: Money;
  state: BillState;
};

/** TMF678 AppliedCustomerBillingRate, one line of a bill. */
export type BillLineView = {
  id: string;
  kind: LineKind;
  /** null for account-level lines (tax, account-wide discounts and charges) */
  service: { id: string; kind: string; identifier: string; label: string | null } | null;
  costCentreId: string | null;
  usageKind: UsageKind | null;
  zone: UsageZone | null;
  description: string;
  /** usage: charged base units; recurring and percent discounts: days; tax: rate in basis points */
  quantity: number | null;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  amount: Money;
};

/** Rating of one kind of usage in one zone for one service on a bill (what was included, what charged). */
export type RatedUsageView = {
  serviceId: string; kind: UsageKind; zone: UsageZone; segmentStart: IsoDate; cdrCount: number;
  /** the allowance of this service, plan period and kind, shared by its zones; null = unlimited */
  allowance: number | null;
  quantity: number; includedQuantity: number; chargedQuantity: number; amount: Money;
};

/** One meter: a service's usage of one kind in one plan period against its allowance. */
export type UsageMeter = {
  serviceId: string; kind: UsageKind; segmentStart: IsoDate;
  /** null = unlimited */
  allowance: number | null;
  /** drawn from the allowance so far; remaining = allowance − includedQuantity */
  includedQuantity: number;
  chargedQuantity: number;
  charges: Money;
  zones: { zone: UsageZone; quantity: number; includedQuantity: number; chargedQuantity: number; amount: Money }[];
};

/** Usage meters of one account and period: from its bill once issued, else rated as of now. */
export type UsageSummary = { billingAccountId: string; period: string; billed: boolean; meters: UsageMeter[] };

export type CreditNoteView = { id: string; number: string; reason: string; issuedAt: Date; taxIncludedAmount: Money };

export type CustomerBillDetail = CustomerBill & {
  lines: BillLineView[];
  ratedUsage: RatedUsageView[];
  creditNotes: CreditNoteView[];
  /** true when the scope covers only some services: lines and usage of the others are left out */
  partial: boolean;
};

export type BillFilters = { billingAccountId?: string; state?: BillState; periodFrom?: string; periodTo?: string };

/** TMF635 Usage, one CDR. */
export type UsageRecordView = {
  id: string; serviceId: string; kind: UsageKind; zone: UsageZone; startedAt: Date; quantity: number; destination: string | null;
};
export type UsageFilters = { serviceId?: string; kind?: UsageKind; zone?: UsageZone; from?: Date; to?: Date };

/** The current, unbilled period of one account: what the next bill would say if it were issued now. */
export type BillPreview = {
  billingAccountId: string; period: string; billingPeriod: { startDate: IsoDate; endDate: IsoDate };
  lines: Omit<BillLineView, "id">[];
  usage: RatedUsageView[];
  taxExcludedAmount: Money; taxIncludedAmount: Money;
  /** the scope covers only some services: lines, usage and totals are theirs only (totals without VAT) */
  partial: boolean;
};

export type ScheduledMove = { id: string; serviceId: string; fromBillingAccountId: string; toBillingAccountId: string; effectivePeriod: string };
/** The current period of both accounts, as it would be billed with the service on the new account. */
export type MovePreview = { period: string; effectivePeriod: string; from: BillPreview | null; to: BillPreview | null };

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
   * Operator action (SLA credits, upheld disputes): credits part of an issued bill, VAT added at the bill's rate.
   * Idempotent per `reference`; CONFLICT when it would exceed what is left of the bill's net amount.
   */
  issueCreditNote(input: { billId: string; netMinor: number; reason: string; reference: string }): Promise<CreditNoteView>;
  /** Both accounts' current bills as they would be with the service moved; NOT_FOUND / VALIDATION as scheduleMove. */
  previewMove(scope: Scope, serviceId: string, toBillingAccountId: string): Promise<MovePreview>;
  /** Moves the service to another account of the customer from the next period; CONFLICT if one is pending. */
  scheduleMove(scope: Scope, serviceId: string, toBillingAccountId: string, requestedById: string): Promise<ScheduledMove>;
  /** Moves not yet in effect, of the scope's services. */
  pendingMoves(scope: Scope): Promise<ScheduledMove[]>;
  cancelMove(scope: Scope, moveId: string): Promise<void>;
  /** Operator action (job or script): bill every account, or one, for a period. */
  runBillRun(input: { period: string; billingAccountId?: string | null }): Promise<BillRunResult>;
  /** Opening balance, the ledger's entries of [from, to] with running balances, closing balance; null when the account is outside the scope. */
  getStatement(scope: Scope, billingAccountId: string, from: IsoDate, to: IsoDate): Promise<AccountStatement | null>;
}
