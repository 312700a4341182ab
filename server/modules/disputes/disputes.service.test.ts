// Disputes on the in-memory repair system, a bill fake and an in-memory dispute store: no database.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CustomerActor, StaffActor } from "~/server/auth/principal";
import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";
import type { BillLineView, CreditNoteView, CustomerBillDetail } from "~/server/gateways/billing/billing-views";
import { memoryRepair } from "~/server/gateways/repair/memory-repair-gateway";
import { fixedClock } from "~/server/lib/clock";
import type { DisputeRecord, DisputesRepository } from "./disputes.repository";
import type { DisputeDeps } from "./dispute-deps";
import { openDisputes, openDispute, resolveDispute } from "./disputes.service";

const anna: CustomerActor = {
  kind: "customer",
  userId: randomUUID(),
  locale: "en",
  customerId: randomUUID(),
  customerKind: "individual",
  role: "owner",
  serviceIds: null,
};
const agent: StaffActor = {
  kind: "staff",
  userId: randomUUID(),
  locale: "en",
  staffRole: "billing_agent",
  permissions: ["disputes.handle"],
};
const service = { id: randomUUID(), kind: "tv" as const, identifier: "TV-1001", label: null };
const czk = (amountMinor: number) => ({ amountMinor, currency: "CZK" });

const line: BillLineView = {
  id: "41",
  kind: "recurring",
  service,
  costCentreId: null,
  usageKind: null,
  zone: null,
  description: "TV Plus",
  quantity: 30,
  startDate: "2026-10-01",
  endDate: "2026-10-31",
  amount: czk(40_000),
};
const bill = {
  id: randomUUID(),
  billNo: "B-2026-10-0001",
  billingAccount: { id: randomUUID(), number: "BA-1", name: "Anna" },
  period: "2026-10",
  billingPeriod: { startDate: "2026-10-01", endDate: "2026-10-31" },
  billDate: "2026-11-01",
  paymentDueDate: "2026-11-15",
  taxExcludedAmount: czk(40_000),
  taxIncludedAmount: czk(48_400),
  taxItem: [{ taxRateBp: 2100, taxAmount: czk(8_400) }],
  remainingAmount: czk(48_400),
  state: "issued",
  lines: [line],
  ratedUsage: [],
  creditNotes: [],
  partial: false,
} as const satisfies CustomerBillDetail;

function world(hooks: { whileCrediting?: () => Promise<void> } = {}) {
  const notes: CreditNoteView[] = [];
  const billing: DisputeDeps["billing"] = {
    getBill: async (scope, id) => (scope.customerId === anna.customerId && id === bill.id ? structuredClone(bill) : null),
    findBillLines: async (ids) => (ids.includes(line.id) ? [{ ...line, billId: bill.id }] : []),
    findCreditNotes: async (ids) => notes.filter((n) => ids.includes(n.id)),
    issueCreditNote: async ({ billId, netMinor, reason, reference }) => {
      await hooks.whileCrediting?.();
      const issued = notes.find((n) => n.reference === reference);
      if (issued) return issued;
      const note = {
        id: randomUUID(),
        number: `CN-${notes.length + 1}`,
        billId,
        reason,
        issuedAt: new Date(),
        taxIncludedAmount: czk(netMinor * 1.21),
        reference,
      };
      notes.push(note);
      return note;
    },
  } satisfies Pick<BillingGateway, "getBill" | "findBillLines" | "findCreditNotes" | "issueCreditNote">;
  const rows: DisputeRecord[] = [];
  const disputes: DisputesRepository = {
    find: async (w) =>
      rows.filter(
        (r) =>
          (!w.id || r.id === w.id) &&
          (!w.ticketId || r.ticketId === w.ticketId) &&
          (!w.pending || r.status === "open" || (r.status === "upheld" && r.creditNoteId === null)) &&
          (!w.customerId || r.customerId === w.customerId),
      ),
    lineIsDisputed: async (id) => rows.some((r) => r.billLineId === id),
    insert: async (d) => {
      if (rows.some((r) => r.billLineId === d.billLineId)) return false;
      rows.push({
        ...d,
        id: randomUUID(),
        status: "open",
        resolution: null,
        creditNoteId: null,
        createdAt: new Date(),
        resolvedAt: null,
      });
      return true;
    },
    decide: async (id, d) => {
      const r = rows.find((x) => x.id === id && x.status === "open");
      return r ? (Object.assign(r, d), true) : false;
    },
    attachCreditNote: async (id, creditNoteId) => {
      const r = rows.find((x) => x.id === id && x.status === "upheld" && x.creditNoteId === null);
      if (r) r.creditNoteId = creditNoteId;
    },
    scopedService: async (scope, id) =>
      scope.customerId === anna.customerId && id === service.id
        ? { id, kind: service.kind, area: "Praha", customerId: anna.customerId }
        : null,
    tierOf: async () => "standard",
  };
  const repair = memoryRepair();
  return { deps: { billing, repair, disputes, clock: fixedClock("2026-11-03T10:00:00Z") } satisfies DisputeDeps, repair, notes };
}

const input = { billId: bill.id, billLineId: line.id, reason: "I was never told about TV Plus" };

describe("disputes", () => {
  it("opens a P3 billing_dispute ticket holding the line's amount with VAT", async () => {
    const { deps, repair } = world();
    const view = await openDispute(deps, anna, input);
    expect(repair.created).toHaveLength(1);
    expect(repair.created[0]).toMatchObject({
      category: "billing_dispute",
      priority: "P3",
      reporterUserId: anna.userId,
      serviceId: service.id,
    });
    expect(view).toMatchObject({
      status: "open",
      amount: czk(48_400),
      lineDescription: "TV Plus",
      ticket: { number: repair.created[0]!.number },
    });
    expect(repair.events.map((e) => e.eventType)).toEqual(["TroubleTicketCreateEvent"]);
  });

  it("a second dispute of the line is a CONFLICT and opens no second ticket", async () => {
    const { deps, repair } = world();
    await openDispute(deps, anna, input);
    await expect(openDispute(deps, anna, input)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(repair.created).toHaveLength(1);
  });

  it("another customer's bill is NOT_FOUND", async () => {
    const { deps } = world();
    const stranger = { ...anna, customerId: randomUUID() };
    await expect(openDispute(deps, stranger, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("upholding credits the line through billing and resolves the ticket with the reasons on it", async () => {
    const { deps, repair, notes } = world();
    const opened = await openDispute(deps, anna, input);
    const decided = await resolveDispute(deps, agent, { disputeId: opened.id, outcome: "upheld", resolution: "Sold without consent" });
    expect(notes.map((n) => n.reference)).toEqual([`dispute:${opened.id}`]);
    expect(decided).toMatchObject({ status: "upheld", creditNote: { number: "CN-1" } });
    const ticket = await repair.getTicket(opened.ticket.id, { all: true });
    expect(ticket?.state).toBe("resolved");
    expect(ticket?.events.at(-1)).toMatchObject({ kind: "note", text: "Sold without consent" });
    await expect(
      resolveDispute(deps, agent, { disputeId: opened.id, outcome: "rejected", resolution: "Changed my mind" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("of an uphold and a reject at once, one decides: never a credit note on a rejected dispute", async () => {
    let reject: Promise<unknown> = Promise.resolve();
    const { deps, notes } = world({
      // The second agent rejects while billing is still issuing the first one's credit note.
      whileCrediting: async () => {
        reject = resolveDispute(deps, agent, { disputeId: opened.id, outcome: "rejected", resolution: "The fee is right" }).catch((e) => e);
        await reject;
      },
    });
    const opened = await openDispute(deps, anna, input);
    const upheld = await resolveDispute(deps, agent, { disputeId: opened.id, outcome: "upheld", resolution: "Sold without consent" });
    expect(await reject).toMatchObject({ code: "INVALID_STATE" });
    expect(upheld).toMatchObject({ status: "upheld", creditNote: { number: "CN-1" } });
    expect(notes).toHaveLength(1);
  });

  it("an uphold whose credit note failed stays on the queue and is finished by upholding again, with one credit note", async () => {
    let fail = true;
    const { deps, notes } = world({
      whileCrediting: async () => {
        if (fail) throw new Error("billing is down");
      },
    });
    const opened = await openDispute(deps, anna, input);
    const uphold = { disputeId: opened.id, outcome: "upheld", resolution: "Sold without consent" } as const;
    await expect(resolveDispute(deps, agent, uphold)).rejects.toThrow("billing is down");
    expect((await openDisputes(deps)).map((d) => [d.id, d.status])).toEqual([[opened.id, "upheld"]]);
    fail = false;
    expect(await resolveDispute(deps, agent, uphold)).toMatchObject({ status: "upheld", creditNote: { number: "CN-1" } });
    expect(await openDisputes(deps)).toEqual([]);
    expect(notes).toHaveLength(1);
  });

  it("never credits more than the line", async () => {
    const { deps, notes } = world();
    const opened = await openDispute(deps, anna, input);
    const attempt = resolveDispute(deps, agent, {
      disputeId: opened.id,
      outcome: "upheld",
      creditNetMinor: 40_001,
      resolution: "Too generous",
    });
    await expect(attempt).rejects.toMatchObject({ code: "VALIDATION" });
    expect(notes).toEqual([]);
  });
});
