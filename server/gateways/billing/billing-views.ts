// TM Forum shaped records the billing system hands out: TMF678 (Customer Bill), TMF666 (Account),
// TMF635 (Usage), TMF676 (Payment), with money as integer minor units. Split from billing-gateway.ts
// (which re-exports them) so the interface stays readable.
import type { BarredFeature, SuspensionReason } from "~/server/domain/billing/suspension";
import type { BillState, IsoDate, LineKind, UsageKind, UsageZone } from "~/server/domain/billing/vocabulary";

export type { BillState, IsoDate, LineKind, UsageKind, UsageZone } from "~/server/domain/billing/vocabulary";

export type Money = { amountMinor: number; currency: string };

/** TMF666 BillingAccount, the part the portal shows. */
export type BillingAccountView = {
  id: string;
  number: string;
  name: string;
  currency: string;
  country: string;
  billCycleDay: number;
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
  serviceId: string;
  kind: UsageKind;
  zone: UsageZone;
  segmentStart: IsoDate;
  cdrCount: number;
  /** the allowance of this service, plan period and kind, shared by its zones; null = unlimited */
  allowance: number | null;
  quantity: number;
  includedQuantity: number;
  chargedQuantity: number;
  amount: Money;
};

/** One meter: a service's usage of one kind in one plan period against its allowance. */
export type UsageMeter = {
  serviceId: string;
  kind: UsageKind;
  segmentStart: IsoDate;
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

/** TMF678 credit note (an AdjustmentBill of the bill it corrects). */
export type CreditNoteView = {
  id: string;
  number: string;
  billId: string;
  reason: string;
  issuedAt: Date;
  taxIncludedAmount: Money;
  /** the caller's reference (its idempotency key), e.g. sla:<ticket id>, dispute:<id> */
  reference: string | null;
};

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
  id: string;
  serviceId: string;
  kind: UsageKind;
  zone: UsageZone;
  startedAt: Date;
  quantity: number;
  destination: string | null;
};
export type UsageFilters = { serviceId?: string; kind?: UsageKind; zone?: UsageZone; from?: Date; to?: Date };

/** The current, unbilled period of one account: what the next bill would say if it were issued now. */
export type BillPreview = {
  billingAccountId: string;
  period: string;
  billingPeriod: { startDate: IsoDate; endDate: IsoDate };
  lines: Omit<BillLineView, "id">[];
  usage: RatedUsageView[];
  taxExcludedAmount: Money;
  taxIncludedAmount: Money;
  /** the scope covers only some services: lines, usage and totals are theirs only (totals without VAT) */
  partial: boolean;
};

export type ScheduledMove = {
  id: string;
  serviceId: string;
  fromBillingAccountId: string;
  toBillingAccountId: string;
  effectivePeriod: string;
};
/** The current period of both accounts, as it would be billed with the service on the new account. */
export type MovePreview = { period: string; effectivePeriod: string; from: BillPreview | null; to: BillPreview | null };

/** A bill past its due date with something left to pay, for dunning (operator read, every customer). */
export type OverdueBill = {
  id: string;
  billNo: string;
  billingAccountId: string;
  customerId: string;
  paymentDueDate: IsoDate;
  remainingAmount: Money;
};

/** A bill line with the bill it is on, found by its id (a dispute's line). */
export type BillLineRef = BillLineView & { billId: string };

/** TMF676 Payment as posted to the ledger. */
export type PaymentView = { id: string; billingAccountId: string; billId: string | null; amount: Money; reference: string };

export type BillRunResult = {
  runId: string;
  period: string;
  bills: number;
  lines: number;
  cdrs: number;
  unratedCdrs: number;
  /** accounts left out: no VAT rate for their country (or billed meanwhile by another run) */
  accountsSkipped: number;
};

/** Share of the allowance used by a service in its current plan period (allowances above zero only). */
export type AllowanceLevel = { serviceId: string; period: string; kind: UsageKind; percent: number };
/** A service with roaming usage in the period. */
export type RoamingUse = { serviceId: string; period: string };
export type UsageLevels = { levels: AllowanceLevel[]; roaming: RoamingUse[] };

export type StatementEntryKind = "bill" | "payment" | "refund" | "credit_note";
export type StatementEntry = {
  /** the day the posting was made (a bill's issue date) */
  date: IsoDate;
  kind: StatementEntryKind;
  /** bill or credit note number; for payments and refunds the provider's reference */
  reference: string;
  /** the bill the entry charges or settles, if any */
  billNo: string | null;
  amount: Money;
  /** what the account owes after this entry */
  balance: Money;
};
export type AccountStatement = {
  billingAccount: { id: string; number: string; name: string; currency: string; customerName: string };
  /** both inclusive */
  from: IsoDate;
  to: IsoDate;
  /** what was owed before `from` */
  openingBalance: Money;
  /** in posting order */
  entries: StatementEntry[];
  /** what was owed at the end of `to` */
  closingBalance: Money;
};

/** A service's features barred for its account's unpaid bills (TMF638 service state, loosely); open while restoredAt is null. */
export type ServiceSuspensionView = {
  id: string;
  billingAccountId: string;
  serviceId: string;
  kind: "mobile" | "fixed_voice" | "broadband" | "tv";
  identifier: string;
  barred: BarredFeature[];
  reason: SuspensionReason;
  suspendedAt: Date;
  restoredAt: Date | null;
};

/** What a suspend or restore command did (JSON-safe: a retry returns it as stored): the services it changed. */
export type SuspensionChange = { billingAccountId: string; state: "suspended" | "restored"; serviceIds: string[]; at: string };
