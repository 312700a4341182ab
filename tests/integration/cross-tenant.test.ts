// Cross-tenant matrix: every procedure of appRouter, called by every persona against objects owned by
// every other persona. Another tenant's object is NOT_FOUND (indistinguishable from a missing one);
// FORBIDDEN only where the procedure's builder refuses the caller's role outright, and only where the
// entry says so. A procedure without an entry fails the suite: add one when you add a procedure.
import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "~/server/api/root";
import { partPaymentRange } from "~/server/modules/payments/payment-rules";
import {
  addMembership,
  buildWorld,
  callerAs,
  callPath,
  createHousehold,
  createPlan,
  createTicket,
  createUser,
  payOnCheckout,
  startCards,
  testDb,
  type Caller,
  type CardKit,
  type World,
} from "~/tests/kit";

const personas = [
  "subscriber",
  "entAdmin",
  "subUser",
  "slaClient",
  "dispatcher",
  "technician",
  "billingAgent",
  "dual",
  "dualAsCompany",
] as const;
type PersonaName = (typeof personas)[number];
type CallerName = PersonaName | "anonymous";
const staff = ["dispatcher", "technician", "billingAgent"] as const satisfies PersonaName[];
/** Owners and admins of a company (the SLA client is one): the Users page is theirs. */
const companyAdmins = ["entAdmin", "slaClient", "dualAsCompany"] as const satisfies PersonaName[];
const notCompanyAdmins: PersonaName[] = personas.filter((p) => !(companyAdmins as readonly string[]).includes(p));

type ById = {
  /** One object per case, owned by `owner`; `visibleTo` must succeed, everyone else must not see it. */
  byId: { owner: PersonaName; input: (w: World) => unknown; visibleTo: PersonaName[] }[];
  /** What must not change when a foreign persona calls (for mutations). */
  state?: (w: World, input: unknown) => Promise<unknown>;
};
type NoId = {
  /** Acts only on the caller's own data; the input (if any) to call it with. */
  noIdInput: true;
  input?: (w: World, who: PersonaName) => unknown;
  /** Reachable without signing in. */
  public?: true;
  /** The answer everyone gets while the feature is off in tests. */
  unavailable?: TRPCError["code"];
};
type Entry = (ById | NoId) & {
  /** Personas whose role the procedure's builder rejects outright: FORBIDDEN for them. */
  rejectsRole?: readonly PersonaName[];
};

const matrix: Record<string, Entry> = {
  "me.get": { noIdInput: true },
  "profile.update": { noIdInput: true, input: (w, who) => ({ name: userOf(w, who).name, phone: null, locale: "en" }) },
  "profile.setLocale": { noIdInput: true, input: () => ({ locale: "en" }) },
  "services.list": { noIdInput: true, input: () => ({ pageSize: 100 }), rejectsRole: staff },
  "services.get": {
    rejectsRole: staff,
    byId: [
      { owner: "subscriber", input: (w) => ({ id: w.subscriber.services.mobile }), visibleTo: ["subscriber"] },
      { owner: "subscriber", input: (w) => ({ id: w.subscriber.services.tv }), visibleTo: ["subscriber"] },
      { owner: "entAdmin", input: (w) => ({ id: w.acme.lines.ceoPhone }), visibleTo: ["entAdmin"] },
      { owner: "subUser", input: (w) => ({ id: w.subUser.grantedServiceId }), visibleTo: ["subUser", "entAdmin"] },
      { owner: "slaClient", input: (w) => ({ id: w.slaClient.serviceIds[0] }), visibleTo: ["slaClient"] },
      { owner: "dual", input: (w) => ({ id: w.dual.home.serviceIds[0] }), visibleTo: ["dual"] },
      { owner: "dualAsCompany", input: (w) => ({ id: w.dual.company.serviceIds[0] }), visibleTo: ["dualAsCompany"] },
    ],
  },
  "dashboard.get": { noIdInput: true, rejectsRole: staff },
  "dashboard.staff": { noIdInput: true, rejectsRole: allBut(...staff) },
  "notifications.list": { noIdInput: true, input: () => ({ pageSize: 100 }) },
  "notifications.unreadCount": { noIdInput: true },
  "notifications.markRead": {
    // Notifications belong to a person, whichever customer they act for.
    byId: personas
      .filter((p) => p !== "dualAsCompany")
      .map((owner) => ({
        owner,
        input: (w: World) => ({ id: userOf(w, owner).notificationId }),
        visibleTo: owner === "dual" ? ["dual", "dualAsCompany"] : [owner],
      })),
    state: (w, input) => testDb().notification.findUniqueOrThrow({ where: { id: (input as { id: string }).id }, select: { readAt: true } }),
  },
  "notifications.markAllRead": { noIdInput: true },
  "notifications.preferences": { noIdInput: true },
  "notifications.setPreference": { noIdInput: true, input: () => ({ kind: "bill.issued", channel: "in_app", enabled: true }) },
  "devMailbox.list": { noIdInput: true, public: true, unavailable: "NOT_FOUND", input: () => ({}) },
  // ── account access (links by e-mail, the Security page): only ever the caller's own account ──
  "account.requestPasswordReset": { noIdInput: true, public: true, input: (w, who) => ({ email: userOf(w, who).email }) },
  "account.requestSignInLink": { noIdInput: true, public: true, input: (w, who) => ({ email: userOf(w, who).email }) },
  "account.checkLink": { noIdInput: true, public: true, input: () => ({ token: "A".repeat(43), purpose: "password_reset" }) },
  "account.resetPassword": {
    noIdInput: true,
    public: true,
    input: () => ({ token: "A".repeat(43), password: "a long enough passphrase" }),
  },
  "security.changePassword": {
    noIdInput: true,
    input: (w, who) => ({ currentPassword: userOf(w, who).password, newPassword: userOf(w, who).password }),
  },
  "security.signOutEverywhere": { noIdInput: true },
  "security.signIns": { noIdInput: true },

  // ── fault reports (customer) ──
  "tickets.lineTest": { rejectsRole: staff, byId: serviceCases((serviceId) => ({ serviceId })) },
  "tickets.report": {
    rejectsRole: staff,
    byId: serviceCases((serviceId) => ({ serviceId, category: "other", description: "Matrix fault report" })),
  },
  "tickets.list": { noIdInput: true, input: () => ({ pageSize: 100 }), rejectsRole: staff },
  "tickets.outagesOnMyServices": { noIdInput: true, rejectsRole: staff },
  "tickets.get": { rejectsRole: staff, byId: ticketCases("open", (ticketId) => ({ ticketId })) },
  "tickets.addNote": {
    rejectsRole: staff,
    byId: ticketCases("open", (ticketId) => ({ ticketId, text: "Matrix note" })),
    state: ticketState,
  },
  // Resolved tickets can be confirmed, reopened or rated once: one visible persona per case (no sub-user
  // ticket, which its admin sees too; the sub-user's scope is covered by tickets.get and addNote).
  "tickets.confirm": { rejectsRole: staff, byId: ticketCases("toConfirm", (ticketId) => ({ ticketId }), true), state: ticketState },
  "tickets.reopen": {
    rejectsRole: staff,
    byId: ticketCases("toReopen", (ticketId) => ({ ticketId, reason: "Broke again" }), true),
    state: ticketState,
  },
  "tickets.rate": { rejectsRole: staff, byId: ticketCases("toRate", (ticketId) => ({ ticketId, rating: 4 }), true), state: ticketState },
  "tickets.attachments": { rejectsRole: staff, byId: ticketCases("open", (ticketId) => ({ ticketId })) },

  // ── repair bureau (staff) ──
  "bureau.queue": { noIdInput: true, input: () => ({ pageSize: 100 }), rejectsRole: allBut("dispatcher") },
  "bureau.technicians": {
    rejectsRole: allBut("dispatcher"),
    byId: [{ owner: "subscriber", input: (w) => ({ ticketId: w.tickets.toDispatch }), visibleTo: ["dispatcher"] }],
  },
  // Cancel and reject close a ticket for good: the positive control uses tickets of their own (see closable).
  "bureau.cancel": {
    rejectsRole: allBut("dispatcher"),
    byId: [{ owner: "subscriber", input: () => ({ ticketId: closable.toCancel, reason: "Duplicate report" }), visibleTo: ["dispatcher"] }],
    state: ticketState,
  },
  "bureau.reject": {
    rejectsRole: allBut("dispatcher"),
    byId: [{ owner: "subscriber", input: () => ({ ticketId: closable.toReject, reason: "No fault found" }), visibleTo: ["dispatcher"] }],
    state: ticketState,
  },
  "bureau.attachments": {
    rejectsRole: allBut("dispatcher", "technician"),
    byId: [
      { owner: "subscriber", input: (w) => ({ ticketId: w.tickets.assigned }), visibleTo: ["dispatcher", "technician"] },
      { owner: "entAdmin", input: (w) => ({ ticketId: w.tickets.assignedElsewhere }), visibleTo: ["dispatcher"] },
    ],
  },
  "bureau.worklist": { noIdInput: true, input: () => ({ pageSize: 100 }), rejectsRole: allBut("technician") },
  "bureau.dispatch": {
    rejectsRole: allBut("dispatcher"),
    byId: [
      {
        owner: "subscriber",
        input: (w) => ({ ticketId: w.tickets.toDispatch, technicianId: w.technician.userId, visitFrom: visitFrom, visitTo: visitTo }),
        visibleTo: ["dispatcher"],
      },
    ],
    state: ticketState,
  },
  "bureau.get": {
    rejectsRole: allBut("dispatcher", "technician"),
    byId: [
      { owner: "subscriber", input: (w) => ({ ticketId: w.tickets.assigned }), visibleTo: ["dispatcher", "technician"] },
      { owner: "entAdmin", input: (w) => ({ ticketId: w.tickets.assignedElsewhere }), visibleTo: ["dispatcher"] },
      { owner: "slaClient", input: (w) => ({ ticketId: w.tickets.open.slaClient }), visibleTo: ["dispatcher"] },
    ],
  },
  "bureau.note": {
    rejectsRole: allBut("dispatcher", "technician"),
    byId: [
      { owner: "subscriber", input: (w) => ({ ticketId: w.tickets.assigned, text: "On it" }), visibleTo: ["dispatcher", "technician"] },
      { owner: "entAdmin", input: (w) => ({ ticketId: w.tickets.assignedElsewhere, text: "On it" }), visibleTo: ["dispatcher"] },
    ],
    state: ticketState,
  },
  "bureau.progress": {
    rejectsRole: allBut("technician"),
    byId: [
      { owner: "subscriber", input: (w) => ({ ticketId: w.tickets.assigned, step: "on_site" }), visibleTo: ["technician"] },
      { owner: "entAdmin", input: (w) => ({ ticketId: w.tickets.assignedElsewhere, step: "on_site" }), visibleTo: [] },
    ],
    state: ticketState,
  },
  "outages.list": { noIdInput: true, input: () => ({ status: "all" }), rejectsRole: allBut("dispatcher") },
  "outages.create": {
    noIdInput: true,
    input: () => ({ area: `Matrix ${Math.random().toString(36).slice(2, 8)}`, serviceKind: "tv", title: "Matrix outage" }),
    rejectsRole: allBut("dispatcher"),
  },
  "outages.close": {
    rejectsRole: allBut("dispatcher"),
    byId: [{ owner: "dispatcher", input: (w) => ({ outageId: w.outageId }), visibleTo: ["dispatcher"] }],
  },

  // ── bills (owners, admins and the billing role; a sub-user without it is refused outright) ──
  "bills.accounts": { noIdInput: true, rejectsRole: [...staff, "subUser"] },
  "bills.list": { rejectsRole: [...staff, "subUser"], byId: accountCases((billingAccountId) => ({ billingAccountId, pageSize: 100 })) },
  "bills.get": { rejectsRole: [...staff, "subUser"], byId: billCases((billId) => ({ billId })) },
  "bills.explain": { rejectsRole: [...staff, "subUser"], byId: billCases((billId) => ({ billId })) },
  // ── collections: the dunning timeline and payment arrangements of a billing account (bill holders only) ──
  "collections.get": { rejectsRole: [...staff, "subUser"], byId: accountCases((billingAccountId) => ({ billingAccountId })) },
  "collections.offer": { rejectsRole: [...staff, "subUser"], byId: accountCases((billingAccountId) => ({ billingAccountId })) },
  "collections.arrange": {
    rejectsRole: [...staff, "subUser"],
    // The owner's own call makes the plan (the positive control); a repeat with the same key returns it.
    byId: accountCases((billingAccountId) => ({
      billingAccountId,
      instalments: 2,
      idempotencyKey: `cross-tenant:${billingAccountId}`,
    })).filter((c) => c.owner === "subscriber"),
    state: (_w, input) =>
      testDb().paymentArrangement.count({ where: { billingAccountId: (input as { billingAccountId: string }).billingAccountId } }),
  },
  // Enterprise owners and admins only: the household owners are refused like the sub-user.
  "bills.costCentreSplit": {
    rejectsRole: [...staff, "subUser", "subscriber", "dual"],
    byId: billCases((billId) => ({ billId })).filter((c) => !["subscriber", "dual"].includes(c.owner)),
  },

  // ── moving services between billing accounts (Acme has two; everyone else one) ──
  "moves.preview": { rejectsRole: [...staff, "subUser"], byId: moveCases() },
  "moves.schedule": {
    rejectsRole: [...staff, "subUser"],
    byId: moveCases(),
    state: (w) => testDb().serviceMove.count({ where: { serviceId: w.acme.lines.ceoPhone } }),
  },
  "moves.pending": { noIdInput: true, rejectsRole: [...staff, "subUser"] },
  "moves.cancel": {
    rejectsRole: [...staff, "subUser"],
    byId: [{ owner: "entAdmin", input: (w) => ({ moveId: w.moveId }), visibleTo: ["entAdmin"] }],
  },

  // ── billing disputes ──
  "disputes.open": {
    rejectsRole: [...staff, "subUser"],
    byId: billCases((billId) => ({ billId, billLineId: "0", reason: "Matrix dispute" })).map((c) => ({
      ...c,
      input: (w: World) => ({
        ...(c.input(w) as object),
        billLineId: w.billLines[billOwnerKey(w, (c.input(w) as { billId: string }).billId)],
      }),
    })),
    state: (w) => testDb().billDispute.count({ where: { billId: { in: Object.values(w.bills) } } }),
  },
  "payments.start": { rejectsRole: [...staff, "subUser"], byId: billCases((billId) => ({ billId })), state: attemptsOfBill },
  "payments.list": { rejectsRole: [...staff, "subUser"], byId: billCases((billId) => ({ billId, pageSize: 100 })) },
  "payments.get": { rejectsRole: [...staff, "subUser"], byId: paymentCases((paymentId) => ({ paymentId })) },
  "payments.returned": { rejectsRole: [...staff, "subUser"], byId: paymentCases((paymentId) => ({ paymentId })), state: attemptState },
  "cards.list": { noIdInput: true, rejectsRole: [...staff, "subUser"] },
  "cards.add": { noIdInput: true, rejectsRole: [...staff, "subUser"] },
  "cards.setDefault": { rejectsRole: [...staff, "subUser"], byId: cardCases("forDefault") },
  "cards.remove": { rejectsRole: [...staff, "subUser"], byId: cardCases("forRemoval") },
  "cards.setAutopay": {
    rejectsRole: [...staff, "subUser"],
    byId: accountCases((billingAccountId) => ({ billingAccountId, enabled: false })),
  },
  "payments.search": { noIdInput: true, input: () => ({ query: "BA-" }), rejectsRole: allBut("billingAgent") },
  "payments.refund": {
    rejectsRole: allBut("billingAgent"),
    byId: [
      {
        owner: "subscriber",
        input: () => ({ paymentId: paidPayment.id, amountMinor: 100, requestKey: randomUUID() }),
        visibleTo: ["billingAgent"],
      },
    ],
    state: attemptState,
  },
  "bank.import": {
    noIdInput: true,
    input: () => ({ fileName: "empty.csv", content: "date,amount,currency,variable_symbol,reference,payer" }),
    rejectsRole: allBut("billingAgent"),
  },
  "bank.credits": { noIdInput: true, input: () => ({ state: "returned" }), rejectsRole: allBut("billingAgent") },
  "bank.assign": {
    rejectsRole: allBut("billingAgent"),
    byId: [
      {
        owner: "subscriber",
        input: () => ({ creditId: bankCreditIds.toAssign, billNumber: subscriberBillNo.value }),
        visibleTo: ["billingAgent"],
      },
    ],
    state: creditState,
  },
  "bank.return": {
    rejectsRole: allBut("billingAgent"),
    byId: [{ owner: "subscriber", input: () => ({ creditId: bankCreditIds.toReturn }), visibleTo: ["billingAgent"] }],
    state: creditState,
  },
  "desk.search": { noIdInput: true, input: () => ({ query: "zz-nobody-by-this-name" }), rejectsRole: allBut("billingAgent") },
  "desk.customer": {
    rejectsRole: allBut("billingAgent"),
    byId: [{ owner: "subscriber", input: (w) => ({ customerId: w.subscriber.customerId }), visibleTo: ["billingAgent"] }],
  },
  "desk.creditNote": {
    rejectsRole: allBut("billingAgent"),
    byId: [
      {
        owner: "subscriber",
        input: (w) => ({
          customerId: w.subscriber.customerId,
          billId: w.bills.subscriber,
          netMinor: 1,
          reason: "Matrix goodwill",
          requestKey: MATRIX_KEY,
        }),
        visibleTo: ["billingAgent"],
      },
      {
        // Another customer's bill under the subscriber's id: not found, even for the agent.
        owner: "entAdmin",
        input: (w) => ({
          customerId: w.subscriber.customerId,
          billId: w.bills.acmeHq,
          netMinor: 1,
          reason: "Matrix goodwill",
          requestKey: randomUUID(),
        }),
        visibleTo: [],
      },
    ],
    state: (_w, input) => testDb().creditNote.count({ where: { billId: (input as { billId: string }).billId } }),
  },
  "disputes.forBill": { rejectsRole: [...staff, "subUser"], byId: billCases((billId) => ({ billId })) },
  "disputes.queue": { noIdInput: true, rejectsRole: allBut("billingAgent") },
  "disputes.resolve": {
    rejectsRole: allBut("billingAgent"),
    byId: [
      {
        owner: "subscriber",
        input: (w) => ({ disputeId: w.disputeId, outcome: "rejected", resolution: "Matrix: the fee is right" }),
        visibleTo: ["billingAgent"],
      },
    ],
    state: (w) => testDb().billDispute.findUniqueOrThrow({ where: { id: w.disputeId }, select: { status: true } }),
  },

  // ── usage ──
  // Every customer role, sub-users included: their granted line's account and line only.
  "usage.summary": { rejectsRole: staff, byId: usageAccountCases((billingAccountId) => ({ billingAccountId })) },
  "usage.history": { rejectsRole: staff, byId: usageAccountCases((billingAccountId) => ({ billingAccountId, months: 12 })) },
  "usage.records": { rejectsRole: staff, byId: serviceCases((serviceId) => ({ serviceId, pageSize: 100 })) },

  // ── orders (plan changes) ──
  "orders.compare": { rejectsRole: staff, byId: serviceCases((serviceId) => ({ serviceId })) },
  "orders.preview": { rejectsRole: staff, byId: serviceCases((serviceId) => ({ serviceId, planId: otherPlan[serviceId], timing: "now" })) },
  "orders.place": {
    rejectsRole: staff,
    byId: serviceCases((serviceId) => ({
      serviceId,
      planId: otherPlan[serviceId],
      timing: "next_period",
      idempotencyKey: `matrix-${serviceId}`,
    })),
    state: (_w, input) => testDb().productOrder.count({ where: { serviceId: (input as { serviceId: string }).serviceId } }),
  },
  "orders.list": { noIdInput: true, input: () => ({ pageSize: 100 }), rejectsRole: staff },
  "orders.get": { rejectsRole: staff, byId: orderCases("get") },
  // Cancel succeeds once: one visible persona per case (the sub-user's order is covered by orders.get).
  "orders.cancel": {
    rejectsRole: staff,
    byId: orderCases("cancel").filter((c) => c.owner !== "subUser"),
    state: (_w, input) =>
      testDb().productOrder.findUniqueOrThrow({ where: { id: (input as { orderId: string }).orderId }, select: { state: true } }),
  },

  // ── statements and certificates ──
  "statements.get": {
    rejectsRole: [...staff, "subUser"],
    byId: accountCases((billingAccountId) => ({ billingAccountId, from: "2026-01-01", to: "2026-11-30" })),
  },
  "statements.certificate": { rejectsRole: [...staff, "subUser"], byId: accountCases((billingAccountId) => ({ billingAccountId })) },

  // ── SLA dashboard ──
  // Owners and admins of business and premium customers only (Acme is business, the bank premium).
  "sla.dashboard": { noIdInput: true, input: () => ({}), rejectsRole: [...staff, "subscriber", "subUser", "dual", "dualAsCompany"] },
  "sla.credits": {
    noIdInput: true,
    input: () => ({ month: "2026-11" }),
    rejectsRole: [...staff, "subscriber", "subUser", "dual", "dualAsCompany"],
  },
  "sla.report": {
    noIdInput: true,
    input: () => ({ month: "2026-11" }),
    rejectsRole: [...staff, "subscriber", "subUser", "dual", "dualAsCompany"],
  },
  // ── the enterprise admin's Users: each company's extra people and invitations, seen by its admin only ──
  "members.list": { noIdInput: true, input: () => ({ page: 1 }), rejectsRole: notCompanyAdmins },
  "members.scopeOptions": { noIdInput: true, rejectsRole: notCompanyAdmins },
  "members.scope": { rejectsRole: notCompanyAdmins, byId: memberCases("spare", (membershipId) => ({ membershipId })) },
  "members.setRole": {
    rejectsRole: notCompanyAdmins,
    byId: memberCases("spare", (membershipId) => ({ membershipId, role: "billing" })),
    state: membershipState,
  },
  "members.setSuspended": {
    rejectsRole: notCompanyAdmins,
    byId: memberCases("spare", (membershipId) => ({ membershipId, suspended: false })),
    state: membershipState,
  },
  "members.setScope": {
    rejectsRole: notCompanyAdmins,
    byId: memberCases("spare", (membershipId) => ({ membershipId, scope: { allServices: true } })),
    state: membershipState,
  },
  "members.remove": {
    rejectsRole: notCompanyAdmins,
    byId: memberCases("leaver", (membershipId) => ({ membershipId })),
    state: membershipState,
  },
  "members.invite": {
    noIdInput: true,
    input: (_w, who) => ({ email: `invitee-${who}-${randomUUID()}@kit.test`, role: "member", scope: { allServices: true } }),
    rejectsRole: notCompanyAdmins,
  },
  "members.resendInvitation": {
    rejectsRole: notCompanyAdmins,
    byId: invitationCases("toResend"),
    state: invitationState,
  },
  "members.revokeInvitation": {
    rejectsRole: notCompanyAdmins,
    byId: invitationCases("toRevoke"),
    state: invitationState,
  },
  "audit.list": {
    rejectsRole: notCompanyAdmins,
    byId: companyAdmins.map((owner) => ({ owner, input: (w) => ({ page: 1, actorUserId: userOf(w, owner).userId }), visibleTo: [owner] })),
  },
  // ── the admin's lines table: each company's own lines, centres and people ──
  "companyLines.list": {
    rejectsRole: notCompanyAdmins,
    byId: [{ owner: "entAdmin", input: (w) => ({ costCentreId: w.acme.costCentres.sales }), visibleTo: ["entAdmin"] }],
  },
  "companyLines.choices": { noIdInput: true, rejectsRole: notCompanyAdmins },
  "companyLines.assign": {
    rejectsRole: notCompanyAdmins,
    byId: companyAdmins.map((owner) => ({
      owner,
      input: (w) => ({ serviceIds: [companyLineOf(w, owner)], assignedUserId: null }),
      visibleTo: [owner],
    })),
    state: (_w, input) =>
      testDb().service.findUniqueOrThrow({
        where: { id: (input as { serviceIds: string[] }).serviceIds[0] },
        select: { costCentreId: true, assignedUserId: true },
      }),
  },
  "companyLines.previewImport": { noIdInput: true, input: (_w, who) => ({ csv: assignmentsFileOf(who) }), rejectsRole: notCompanyAdmins },
  "companyLines.applyImport": { noIdInput: true, input: (_w, who) => ({ csv: assignmentsFileOf(who) }), rejectsRole: notCompanyAdmins },
  // ── the enterprise admin's cost centres and company profile: each company's own, seen and changed by its admins only ──
  "costCentres.list": { noIdInput: true, rejectsRole: notCompanyAdmins },
  "costCentres.lines": { rejectsRole: notCompanyAdmins, byId: centreCases("toRename", (costCentreId) => ({ costCentreId })) },
  "costCentres.create": {
    noIdInput: true,
    input: () => ({ code: `CT-${randomUUID().slice(0, 13)}`, name: "Cross-tenant" }),
    rejectsRole: notCompanyAdmins,
  },
  "costCentres.rename": {
    rejectsRole: notCompanyAdmins,
    byId: centreCases("toRename", (costCentreId) => ({ costCentreId, name: "Renamed" })),
    state: centreState,
  },
  "costCentres.setArchived": {
    rejectsRole: notCompanyAdmins,
    byId: centreCases("toArchive", (costCentreId) => ({ costCentreId, archived: true })),
    state: centreState,
  },
  "company.get": { noIdInput: true, rejectsRole: notCompanyAdmins },
  "company.update": {
    noIdInput: true,
    input: (_w, who) => ({
      legalName: `Company of ${who}`,
      companyId: "25596641",
      vatId: "CZ25596641",
      address: "Na Příkopě 1, Praha",
      billingContacts: [{ name: "Billing", email: `billing-${who}@kit.test`, phone: "+420 777 123 456" }],
    }),
    rejectsRole: notCompanyAdmins,
  },
  "invitation.check": { noIdInput: true, public: true, input: () => ({ token: "A".repeat(43) }) },
  "invitation.accept": { noIdInput: true, public: true, input: () => ({ token: "A".repeat(43) }) },
  "sla.postCredits": {
    rejectsRole: allBut("billingAgent"),
    byId: [
      { owner: "slaClient", input: (w) => ({ customerId: w.slaClient.customerId, month: "2026-10" }), visibleTo: ["billingAgent"] },
      { owner: "entAdmin", input: (w) => ({ customerId: w.acme.customerId, month: "2026-10" }), visibleTo: ["billingAgent"] },
    ],
  },
};

/** Every billing account of the world; the sub-user also reaches the account holding its granted line. */
function usageAccountCases(input: (billingAccountId: string) => unknown): ById["byId"] {
  return accountCases(input).map((c, i) => (i === 2 ? { ...c, visibleTo: ["entAdmin", "subUser"] } : c));
}

/** Acme's CEO phone to Acme's second account: only Acme's admin may; everyone else sees neither. */
/** A plan of each service's kind other than its own (the preview and place positive controls), and orders to read or cancel. */
const otherPlan: Record<string, string> = {};
const orders: Record<"get" | "cancel", Partial<Record<PersonaName, string>>> = { get: {}, cancel: {} };

function orderCases(set: "get" | "cancel"): ById["byId"] {
  return serviceCases(() => null).map((c) => ({ ...c, input: () => ({ orderId: orders[set][c.owner]! }) }));
}

function moveCases(): ById["byId"] {
  return [
    {
      owner: "entAdmin",
      input: (w) => ({ serviceId: w.acme.lines.ceoPhone, toBillingAccountId: w.acme.billingAccountIds[1]! }),
      visibleTo: ["entAdmin"],
    },
  ];
}

function billOwnerKey(w: World, billId: string): keyof World["bills"] {
  return (Object.keys(w.bills) as (keyof World["bills"])[]).find((k) => w.bills[k] === billId)!;
}

/** Every billing account of the world, each readable by its holder only. */
function accountCases(input: (billingAccountId: string) => unknown): ById["byId"] {
  return [
    { owner: "subscriber", input: (w) => input(w.subscriber.billingAccountId), visibleTo: ["subscriber"] },
    { owner: "entAdmin", input: (w) => input(w.acme.billingAccountIds[0]!), visibleTo: ["entAdmin"] },
    { owner: "entAdmin", input: (w) => input(w.acme.billingAccountIds[1]!), visibleTo: ["entAdmin"] },
    { owner: "slaClient", input: (w) => input(w.slaClient.billingAccountId), visibleTo: ["slaClient"] },
    { owner: "dual", input: (w) => input(w.dual.home.billingAccountId), visibleTo: ["dual"] },
    { owner: "dualAsCompany", input: (w) => input(w.dual.company.billingAccountId), visibleTo: ["dualAsCompany"] },
  ];
}

/** One bill per billing account of the world, readable by the account's holder only. */
function billCases(input: (billId: string) => unknown): ById["byId"] {
  return [
    { owner: "subscriber", input: (w) => input(w.bills.subscriber), visibleTo: ["subscriber"] },
    { owner: "entAdmin", input: (w) => input(w.bills.acmeHq), visibleTo: ["entAdmin"] },
    { owner: "entAdmin", input: (w) => input(w.bills.acmeField), visibleTo: ["entAdmin"] },
    { owner: "slaClient", input: (w) => input(w.bills.slaClient), visibleTo: ["slaClient"] },
    { owner: "dual", input: (w) => input(w.bills.dualHome), visibleTo: ["dual"] },
    { owner: "dualAsCompany", input: (w) => input(w.bills.dualCompany), visibleTo: ["dualAsCompany"] },
  ];
}

/** One card payment per bill of the world (made in beforeAll), seen by the bill's holder only. */
const paymentIds = {} as Record<keyof World["bills"], string>;
function paymentCases(input: (paymentId: string) => unknown): ById["byId"] {
  const holders: [keyof World["bills"], PersonaName][] = [
    ["subscriber", "subscriber"],
    ["acmeHq", "entAdmin"],
    ["acmeField", "entAdmin"],
    ["slaClient", "slaClient"],
    ["dualHome", "dual"],
    ["dualCompany", "dualAsCompany"],
  ];
  return holders.map(([bill, owner]) => ({ owner, input: () => input(paymentIds[bill]), visibleTo: [owner] }));
}

const paidPayment = { id: "" };

/** Two credits waiting on the agent's desk (imported in beforeAll), and the subscriber's bill number to assign one to. */
const bankCreditIds = { toAssign: "", toReturn: "" };
const subscriberBillNo = { value: "" };
const MATRIX_KEY = randomUUID();
function creditState(_w: World, input: unknown) {
  return testDb().bankCredit.findUniqueOrThrow({ where: { id: (input as { creditId: string }).creditId }, select: { status: true } });
}

/** Saved cards (made in beforeAll through the setup checkout), two per holder: one to make default, one to remove. */
const cardOwners = ["subscriber", "entAdmin"] as const;
const savedCardIds = {} as Record<(typeof cardOwners)[number], { forDefault: string; forRemoval: string }>;
function cardCases(which: "forDefault" | "forRemoval"): ById["byId"] {
  // A literal, not cardOwners: the matrix above is built before the constants below it exist.
  return (["subscriber", "entAdmin"] as const).map((owner) => ({
    owner,
    input: () => ({ paymentMethodId: savedCardIds[owner][which] }),
    visibleTo: [owner],
  }));
}

async function saveCard(caller: Caller): Promise<string> {
  const before = new Set((await caller.cards.list()).cards.map((c) => c.id));
  const { checkoutUrl } = await caller.cards.add();
  expect((await payOnCheckout(checkoutUrl)).status).toBe(303);
  return (await caller.cards.list()).cards.find((c) => !before.has(c.id))!.id;
}

async function createPayments(world: World) {
  for (const [key, billId] of Object.entries(world.bills) as [keyof World["bills"], string][]) {
    const bill = await testDb().bill.findUniqueOrThrow({
      where: { id: billId },
      select: { number: true, currency: true, totalMinor: true, billingAccount: { select: { id: true, customerId: true } } },
    });
    const attempt = await testDb().paymentAttempt.create({
      data: {
        customerId: bill.billingAccount.customerId,
        billingAccountId: bill.billingAccount.id,
        billId,
        billNumber: bill.number,
        currency: bill.currency,
        amountMinor: bill.totalMinor,
        status: "expired",
        userId: world.subscriber.userId,
        expiresAt: new Date("2026-11-20T10:00:00Z"),
      },
      select: { id: true },
    });
    paymentIds[key] = attempt.id;
  }
}

// ── Users: per company one extra member to change, one to remove, and two invitations ──
type CompanyAdmin = (typeof companyAdmins)[number];
const companyOf = (world: World, who: CompanyAdmin) =>
  who === "entAdmin" ? world.acme.customerId : who === "slaClient" ? world.slaClient.customerId : world.dual.company.customerId;
const memberIds = {} as Record<CompanyAdmin, { spare: string; leaver: string }>;
const companyLineOf = (world: World, who: CompanyAdmin) =>
  who === "entAdmin" ? world.acme.lines.spare : who === "slaClient" ? world.slaClient.serviceIds[0]! : world.dual.company.serviceIds[0]!;
/** An assignments file naming one of the company's own lines (no cost centre); for anyone else, an empty one. */
const lineFiles = {} as Record<CompanyAdmin, string>;
const assignmentsFileOf = (who: PersonaName) =>
  (companyAdmins as readonly string[]).includes(who) ? lineFiles[who as CompanyAdmin] : "identifier,cost_centre\n";
const invitationIds = {} as Record<CompanyAdmin, { toResend: string; toRevoke: string }>;

async function createMembersCases(world: World) {
  for (const who of companyAdmins) {
    const customerId = companyOf(world, who);
    const member = async () => addMembership({ userId: (await createUser()).userId, customerId, role: "member" });
    memberIds[who] = { spare: await member(), leaver: await member() };
    const invitation = async () =>
      (
        await testDb().invitation.create({
          data: {
            customerId,
            email: `pending-${randomUUID()}@kit.test`,
            role: "member",
            tokenHash: randomUUID(),
            invitedById: userOf(world, who).userId,
            createdAt: new Date("2026-11-20T10:00:00Z"),
            expiresAt: new Date("2099-01-01T00:00:00Z"),
          },
          select: { id: true },
        })
      ).id;
    invitationIds[who] = { toResend: await invitation(), toRevoke: await invitation() };
    const line = await testDb().service.findUniqueOrThrow({ where: { id: companyLineOf(world, who) }, select: { identifier: true } });
    lineFiles[who] = `identifier,cost_centre\n${line.identifier},\n`;
    // something of the admin's in the company's audit log, for audit.list filtered by that person
    await testDb().auditLog.create({
      data: { customerId, actorUserId: userOf(world, who).userId, action: "kit.setup", entity: "membership" },
    });
  }
}

// ── Cost centres: per company one centre to rename (and list the lines of) and one to archive ──
const centreIds = {} as Record<CompanyAdmin, { toRename: string; toArchive: string }>;

async function createCostCentreCases(world: World) {
  for (const who of companyAdmins) {
    const customerId = companyOf(world, who);
    const centre = async (name: string) =>
      (await testDb().costCentre.create({ data: { customerId, code: `CT-${randomUUID()}`, name }, select: { id: true } })).id;
    centreIds[who] = { toRename: await centre("To rename"), toArchive: await centre("To archive") };
  }
}

function centreCases(which: "toRename" | "toArchive", input: (costCentreId: string) => unknown): ById["byId"] {
  return companyAdmins.map((owner) => ({ owner, input: () => input(centreIds[owner][which]), visibleTo: [owner] }));
}

function centreState(_w: World, input: unknown) {
  return testDb().costCentre.findUniqueOrThrow({ where: { id: (input as { costCentreId: string }).costCentreId } });
}

function memberCases(which: "spare" | "leaver", input: (membershipId: string) => unknown): ById["byId"] {
  return companyAdmins.map((owner) => ({ owner, input: () => input(memberIds[owner][which]), visibleTo: [owner] }));
}

function invitationCases(which: "toResend" | "toRevoke"): ById["byId"] {
  return companyAdmins.map((owner) => ({ owner, input: () => ({ invitationId: invitationIds[owner][which] }), visibleTo: [owner] }));
}

function membershipState(_w: World, input: unknown) {
  const id = (input as { membershipId: string }).membershipId;
  return testDb().membership.findUnique({
    where: { id },
    select: { role: true, suspendedAt: true, allServices: true, _count: { select: { grants: true } } },
  });
}

function invitationState(_w: World, input: unknown) {
  return testDb().invitation.findUniqueOrThrow({ where: { id: (input as { invitationId: string }).invitationId } });
}

function attemptsOfBill(_w: World, input: unknown) {
  return testDb().paymentAttempt.findMany({ where: { billId: (input as { billId: string }).billId }, orderBy: { id: "asc" } });
}

function attemptState(_w: World, input: unknown) {
  return testDb().paymentAttempt.findUniqueOrThrow({ where: { id: (input as { paymentId: string }).paymentId } });
}

const visitFrom = new Date("2026-11-24T08:00:00Z");
const visitTo = new Date("2026-11-24T10:00:00Z");

function allBut(...allowed: PersonaName[]): PersonaName[] {
  return personas.filter((p) => !allowed.includes(p));
}

/** A report or line test on one service per owner (the sub-user's granted line is its admin's too). */
function serviceCases(input: (serviceId: string) => unknown): ById["byId"] {
  return [
    { owner: "subscriber", input: (w) => input(w.subscriber.services.broadband), visibleTo: ["subscriber"] },
    { owner: "entAdmin", input: (w) => input(w.acme.lines.ceoPhone), visibleTo: ["entAdmin"] },
    { owner: "subUser", input: (w) => input(w.subUser.grantedServiceId), visibleTo: ["subUser", "entAdmin"] },
    { owner: "slaClient", input: (w) => input(w.slaClient.serviceIds[0]!), visibleTo: ["slaClient"] },
    { owner: "dual", input: (w) => input(w.dual.home.serviceIds[0]!), visibleTo: ["dual"] },
    { owner: "dualAsCompany", input: (w) => input(w.dual.company.serviceIds[0]!), visibleTo: ["dualAsCompany"] },
  ];
}

type TicketSet = "open" | "toConfirm" | "toReopen" | "toRate";
function ticketCases(set: TicketSet, input: (ticketId: string) => unknown, once = false): ById["byId"] {
  const owners = ["subscriber", "entAdmin", "subUser", "slaClient", "dual", "dualAsCompany"] as const;
  return owners
    .filter((owner) => !(once && owner === "subUser"))
    .map((owner) => ({
      owner,
      input: (w: World) => input(w.tickets[set][owner]),
      visibleTo: owner === "subUser" ? ["subUser", "entAdmin"] : [owner],
    }));
}

/**
 * Open tickets of a household outside the world (owner "subscriber" in the cases above names the
 * kind of owner): cancelling or rejecting one of the world's tickets would break later cases.
 */
const closable = { toCancel: "", toReject: "" };
beforeAll(async () => {
  const household = await createHousehold();
  const make = () =>
    createTicket({ customerId: household.customerId, serviceId: household.services.broadband, reporterUserId: household.userId });
  closable.toCancel = await make();
  closable.toReject = await make();
});

function ticketState(_w: World, input: unknown) {
  return testDb().ticket.findUniqueOrThrow({
    where: { id: (input as { ticketId: string }).ticketId },
    select: { state: true, technicianId: true, rating: true, _count: { select: { events: true } } },
  });
}

function userOf(w: World, who: PersonaName) {
  return who === "dualAsCompany" ? w.dual : w[who];
}

/** Every id and e-mail of the world that the persona may see; all others must never appear in its answers. */
function visibleMarkers(w: World, who: PersonaName): string[] {
  const self = (p: { userId: string; email: string; notificationId: string }) => [p.userId, p.email, p.notificationId];
  const ticketsOf = (owner: keyof World["tickets"]["open"]) =>
    (["open", "toConfirm", "toReopen", "toRate"] as const).map((set) => w.tickets[set][owner]);
  const allTickets = [...new Set(Object.values(w.tickets).flatMap((t) => (typeof t === "string" ? [t] : Object.values(t))))];
  switch (who) {
    case "subscriber":
      return [
        ...self(w.subscriber),
        w.subscriber.customerId,
        w.subscriber.billingAccountId,
        ...Object.values(w.subscriber.services),
        ...ticketsOf("subscriber"),
        w.tickets.assigned,
        w.tickets.toDispatch,
        w.bills.subscriber,
        w.disputeId,
        w.disputeTicket,
      ];
    case "entAdmin":
      return [
        ...self(w.entAdmin),
        // one of the company's people, on its Users page and in its lines table
        w.subUser.email,
        w.subUser.userId,
        w.acme.customerId,
        ...w.acme.billingAccountIds,
        ...w.acme.lineIds,
        ...ticketsOf("entAdmin"),
        ...ticketsOf("subUser"),
        w.tickets.assignedElsewhere,
        w.bills.acmeHq,
        w.bills.acmeField,
        w.moveId,
      ];
    case "subUser":
      return [...self(w.subUser), w.acme.customerId, w.acme.billingAccountIds[1]!, w.subUser.grantedServiceId, ...ticketsOf("subUser")];
    case "slaClient":
      return [
        ...self(w.slaClient),
        w.slaClient.customerId,
        w.slaClient.billingAccountId,
        ...w.slaClient.serviceIds,
        ...ticketsOf("slaClient"),
        w.bills.slaClient,
      ];
    case "dispatcher":
      // Sees every ticket, and the technicians it dispatches to.
      return [...self(w.dispatcher), ...allTickets, w.disputeTicket, w.technician.userId];
    case "technician":
      // toDispatch: the bureau.dispatch case assigns it to this technician.
      return [...self(w.technician), w.tickets.assigned, w.tickets.toDispatch];
    case "billingAgent":
      // Handles every customer's open disputes and refunds their payments: sees their bills, accounts, services and tickets;
      // looks customers up (the subscriber's account page shows its members' e-mails).
      return [
        ...self(w[who]),
        w.subscriber.email,
        w.subscriber.customerId,
        w.subscriber.billingAccountId,
        ...w.acme.billingAccountIds,
        w.slaClient.billingAccountId,
        w.dual.home.billingAccountId,
        w.dual.company.billingAccountId,
        w.disputeId,
        w.disputeTicket,
        ...Object.values(w.bills),
        ...Object.values(w.subscriber.services),
        ...w.acme.lineIds,
        ...w.slaClient.serviceIds,
        ...w.dual.home.serviceIds,
        ...w.dual.company.serviceIds,
      ];
    case "dual":
    case "dualAsCompany": {
      const active = who === "dual" ? w.dual.home : w.dual.company;
      // Both customers are in the switcher; only the active one's services and accounts are reachable.
      return [
        ...self(w.dual),
        w.dual.home.customerId,
        w.dual.company.customerId,
        active.billingAccountId,
        ...active.serviceIds,
        ...ticketsOf(who),
        who === "dual" ? w.bills.dualHome : w.bills.dualCompany,
      ];
    }
  }
}

function allMarkers(w: World): string[] {
  return [...new Set(personas.flatMap((p) => visibleMarkers(w, p)).concat(w.acme.billingAccountIds))];
}

type Outcome = { ok: true; data: unknown } | { ok: false; code: TRPCError["code"] };
async function outcome(caller: Caller, path: string, input: unknown): Promise<Outcome> {
  try {
    return { ok: true, data: await callPath(caller, path, input) };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { ok: false, code: error.code };
  }
}

let w: World;
const callers = {} as Record<CallerName, Caller>;

let cardKit: CardKit;
beforeAll(async () => {
  w = await buildWorld();
  await createPayments(w);
  await createMembersCases(w);
  await createCostCentreCases(w);
  cardKit = await startCards({ webhooks: false });
  const cards = cardKit.cards;
  for (const p of personas) {
    callers[p] = await callerAs(userOf(w, p), p === "dualAsCompany" ? { customerId: w.dual.company.customerId, cards } : { cards });
  }
  callers.anonymous = await callerAs(null);
  // A part of the subscriber's bill paid by card: something for the billing agent to refund.
  const due = (await callers.subscriber.bills.get({ billId: w.bills.subscriber })).remainingAmount;
  const range = partPaymentRange(due.amountMinor, due.currency)!;
  const started = await callers.subscriber.payments.start({ billId: w.bills.subscriber, amountMinor: range.minMinor });
  expect((await payOnCheckout(started.checkoutUrl)).status).toBe(303);
  expect((await callers.subscriber.payments.returned({ paymentId: started.paymentId })).state).toBe("succeeded");
  paidPayment.id = started.paymentId;
  for (const owner of cardOwners) {
    savedCardIds[owner] = { forDefault: await saveCard(callers[owner]), forRemoval: await saveCard(callers[owner]) };
  }
});
afterAll(() => cardKit?.stop());

// After the world: a plan for each service's kind to change to, and one order per set on each owner's service.
beforeAll(async () => {
  for (const c of serviceCases((serviceId) => serviceId)) {
    const serviceId = c.input(w) as string;
    const { kind } = await testDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { kind: true } });
    otherPlan[serviceId] = await createPlan({ kind, name: `Matrix ${kind}` });
    for (const set of ["get", "cancel"] as const) {
      const input = { serviceId, planId: otherPlan[serviceId], timing: "now" as const, idempotencyKey: `matrix-${set}-${serviceId}` };
      orders[set][c.owner] = (await callers[c.owner].orders.place(input)).id;
    }
  }
});

// After the world: two unknown bank credits for the agent's desk.
beforeAll(async () => {
  const bill = await callers.subscriber.bills.get({ billId: w.bills.subscriber });
  subscriberBillNo.value = bill.billNo;
  const tag = randomUUID();
  const csv = ["date,amount,currency,variable_symbol,reference,payer", "1", "2"].map((row) =>
    row.length > 1 ? row : `2026-11-20,1.00,${bill.remainingAmount.currency},,matrix-${tag}-${row},Matrix`,
  );
  const imported = await callers.billingAgent.bank.import({ fileName: "matrix.csv", content: csv.join("\n") });
  expect(imported.summary).toMatchObject({ unmatched: 2 });
  const waiting = (await callers.billingAgent.bank.credits({})).filter((c) => c.entryRef.startsWith(`matrix-${tag}`));
  bankCreditIds.toAssign = waiting.find((c) => c.entryRef.endsWith("-1"))!.id;
  bankCreditIds.toReturn = waiting.find((c) => c.entryRef.endsWith("-2"))!.id;
});

const procedurePaths = Object.keys(appRouter._def.procedures).sort();

describe("cross-tenant matrix", () => {
  it("has an entry for every procedure of appRouter, and none for procedures that do not exist", () => {
    expect(
      procedurePaths.filter((p) => !(p in matrix)),
      "procedures without a matrix entry",
    ).toEqual([]);
    expect(
      Object.keys(matrix).filter((p) => !procedurePaths.includes(p)),
      "matrix entries without a procedure",
    ).toEqual([]);
  });

  it("lists a procedure as noIdInput only when its input has no id field", () => {
    expect(idFieldsOf("services.get")).toEqual(["id"]); // the schema walk itself works
    const misfiled = procedurePaths.filter((p) => matrix[p] && "noIdInput" in matrix[p]! && idFieldsOf(p).length > 0);
    expect(misfiled, "procedures taking an object id need byId cases").toEqual([]);
  });

  for (const path of procedurePaths) {
    const entry = matrix[path];
    if (!entry) continue;

    if ("byId" in entry) {
      describe(path, () => {
        for (const [i, c] of entry.byId.entries()) {
          const title = `an object of ${c.owner} (#${i + 1}) is seen by ${c.visibleTo.join(" and ")} only; NOT_FOUND for everyone else`;
          it(title, async () => {
            const input = c.input(w);
            const before = await entry.state?.(w, input);
            const wrong: string[] = [];
            for (const who of [...personas, "anonymous" as const]) {
              if (who !== "anonymous" && c.visibleTo.includes(who)) continue;
              const got = await outcome(callers[who], path, input);
              const expected = who === "anonymous" ? "UNAUTHORIZED" : entry.rejectsRole?.includes(who) ? "FORBIDDEN" : "NOT_FOUND";
              if (got.ok) wrong.push(`${who}: returned data ${JSON.stringify(got.data).slice(0, 200)}`);
              else if (got.code !== expected) wrong.push(`${who}: ${got.code}, expected ${expected}`);
            }
            expect(wrong).toEqual([]);
            if (entry.state) expect(await entry.state(w, input), "a foreign call changed the object").toEqual(before);

            for (const who of c.visibleTo) {
              const got = await outcome(callers[who], path, input);
              expect(got, `${who} may use its own object (positive control)`).toMatchObject({ ok: true });
              if (got.ok) expectNoForeignMarkers(who, got.data);
            }
          });
        }
      });
    } else {
      it(`${path} takes no object id: each persona gets only its own data`, async () => {
        const wrong: string[] = [];
        for (const who of [...personas, "anonymous" as const]) {
          const input = who === "anonymous" ? entry.input?.(w, "subscriber") : entry.input?.(w, who);
          const got = await outcome(callers[who], path, input);
          const expected =
            entry.unavailable ??
            (who === "anonymous" ? (entry.public ? "ok" : "UNAUTHORIZED") : entry.rejectsRole?.includes(who) ? "FORBIDDEN" : "ok");
          if (got.ok && expected !== "ok") wrong.push(`${who}: returned data, expected ${expected}`);
          else if (!got.ok && got.code !== expected) wrong.push(`${who}: ${got.code}, expected ${expected}`);
          else if (got.ok && who !== "anonymous") {
            const leaked = foreignMarkersIn(who, got.data);
            if (leaked.length) wrong.push(`${who}: answer contains another tenant's ${leaked.join(", ")}`);
          }
        }
        expect(wrong).toEqual([]);
      });
    }
  }
});

/** Input fields that are object ids (UUID strings), looking through optional/nullable/default wrappers. */
function idFieldsOf(path: string): string[] {
  type Def = { type: string; format?: string; innerType?: unknown; shape?: Record<string, unknown>; options?: unknown[] };
  const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
  const isId = (schema: unknown): boolean => {
    const def = defOf(schema);
    if (def.format === "uuid") return true;
    if (def.innerType) return isId(def.innerType);
    return def.type === "union" && (def.options ?? []).some(isId);
  };
  const procedure = (appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>)[path];
  const shape = procedure?._def.inputs[0] ? defOf(procedure._def.inputs[0]).shape : undefined;
  return Object.entries(shape ?? {})
    .filter(([, field]) => isId(field))
    .map(([key]) => key);
}

function foreignMarkersIn(who: PersonaName, data: unknown): string[] {
  const text = JSON.stringify(data) ?? "";
  const mine = new Set(visibleMarkers(w, who));
  return allMarkers(w).filter((m) => !mine.has(m) && text.includes(m));
}

function expectNoForeignMarkers(who: PersonaName, data: unknown) {
  expect(foreignMarkersIn(who, data), `${who}'s answer leaks another tenant's ids`).toEqual([]);
}
