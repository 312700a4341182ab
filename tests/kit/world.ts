// Factories for a small, self-contained world per suite. Every call mints its own e-mails, numbers and
// codes, so suites (and repeated runs on the same database) never collide. Everything returns ids.
import { randomInt, randomUUID } from "node:crypto";
import { hashPassword } from "~/server/auth/password";
import type {
  CustomerKind,
  Locale,
  MemberRole,
  Segment,
  ServiceKind,
  ServiceStatus,
  SlaTier,
  StaffRole,
} from "~/server/db/generated/enums";
import type { NotificationData, NotificationKind } from "~/server/modules/notifications/kinds";
import { issueBills } from "./billing";
import { testDb } from "./db";
import { addTechnicianProfile, createOutage, createTicket, type KitTicketState } from "./repair";

/** The one password every kit user has. */
export const KIT_PASSWORD = "correct horse battery staple";
/** The fixed "now" of every suite (see kitClock). */
export const KIT_NOW = "2026-11-23T10:00:00.000Z";

/** Who signs in: enough to build a caller or to try a password. */
export type Persona = { userId: string; email: string; name: string; password: string };

let passwordHash: Promise<string> | undefined;
const kitHash = () => (passwordHash ??= hashPassword(KIT_PASSWORD)); // argon2 is slow on purpose: hash once

/** Short unique token for names, e-mails and codes. */
export const uniq = () => randomUUID().slice(0, 8);
const digits = (n: number) => String(randomInt(0, 10 ** n)).padStart(n, "0");

export async function createCustomer(input: { kind?: CustomerKind; name?: string; segment?: Segment; slaTier?: SlaTier } = {}) {
  const c = await testDb().customer.create({
    data: { kind: input.kind ?? "individual", name: input.name ?? `Customer ${uniq()}`, segment: input.segment, slaTier: input.slaTier },
    select: { id: true },
  });
  return c.id;
}

export async function createUser(
  input: { name?: string; email?: string; locale?: Locale; staffRole?: StaffRole; phone?: string } = {},
): Promise<Persona> {
  const tag = uniq();
  const name = input.name ?? `Kit User ${tag}`;
  const email = (input.email ?? `user-${tag}@kit.test`).toLowerCase();
  const u = await testDb().user.create({
    data: { name, email, phone: input.phone, locale: input.locale ?? "en", staffRole: input.staffRole, passwordHash: await kitHash() },
    select: { id: true },
  });
  return { userId: u.id, email, name, password: KIT_PASSWORD };
}

/** `services` present = a sub-user limited to those lines (allServices=false + one ServiceGrant each). */
export async function addMembership(input: {
  userId: string;
  customerId: string;
  role: MemberRole;
  services?: string[];
  createdAt?: Date;
}) {
  const m = await testDb().membership.create({
    data: {
      userId: input.userId,
      customerId: input.customerId,
      role: input.role,
      allServices: input.services === undefined,
      createdAt: input.createdAt,
      grants: input.services ? { create: input.services.map((serviceId) => ({ serviceId })) } : undefined,
    },
    select: { id: true },
  });
  return m.id;
}

export async function createBillingAccount(input: { customerId: string; name?: string }) {
  const a = await testDb().billingAccount.create({
    data: { customerId: input.customerId, number: `BA-${digits(10)}`, name: input.name ?? "Main account" },
    select: { id: true },
  });
  return a.id;
}

export async function createPlan(input: { kind: ServiceKind; name?: string; monthlyFeeMinor?: number }) {
  const p = await testDb().plan.create({
    data: {
      code: `KIT-${input.kind}-${uniq()}`,
      kind: input.kind,
      name: input.name ?? `Kit ${input.kind} plan`,
      monthlyFeeMinor: input.monthlyFeeMinor ?? 1990,
    },
    select: { id: true },
  });
  return p.id;
}

async function createCostCentre(input: { customerId: string; name: string; code?: string }) {
  const c = await testDb().costCentre.create({
    data: { customerId: input.customerId, code: input.code ?? `CC-${uniq()}`, name: input.name },
    select: { id: true },
  });
  return c.id;
}

const identifierOf: Record<ServiceKind, () => string> = {
  mobile: () => `+4207${digits(8)}`,
  fixed_voice: () => `+4202${digits(8)}`,
  broadband: () => `BB-${digits(10)}`,
  tv: () => `TV-${digits(10)}`,
};

export async function createService(input: {
  customerId: string;
  billingAccountId: string;
  kind: ServiceKind;
  planId?: string;
  identifier?: string;
  label?: string | null;
  status?: ServiceStatus;
  costCentreId?: string | null;
  assignedUserId?: string | null;
  installationAddress?: string | null;
  area?: string | null;
}) {
  const s = await testDb().service.create({
    data: {
      customerId: input.customerId,
      billingAccountId: input.billingAccountId,
      kind: input.kind,
      planId: input.planId ?? (await createPlan({ kind: input.kind })),
      identifier: input.identifier ?? identifierOf[input.kind](),
      label: input.label ?? null,
      status: input.status ?? "active",
      costCentreId: input.costCentreId ?? null,
      assignedUserId: input.assignedUserId ?? null,
      installationAddress: input.installationAddress ?? null,
      area: input.area ?? null,
      activatedAt: new Date("2025-01-15T00:00:00.000Z"),
    },
    select: { id: true },
  });
  return s.id;
}

export async function createNotification<K extends NotificationKind>(input: {
  userId: string;
  customerId?: string | null;
  kind: K;
  data: NotificationData[K];
  link?: string | null;
  readAt?: Date | null;
  /** Explicit, so "newest first" never depends on two inserts landing in the same millisecond. */
  createdAt?: Date;
}) {
  const n = await testDb().notification.create({
    data: {
      userId: input.userId,
      customerId: input.customerId ?? null,
      kind: input.kind,
      data: input.data,
      link: input.link ?? null,
      readAt: input.readAt ?? null,
      createdAt: input.createdAt,
    },
    select: { id: true },
  });
  return n.id;
}

const paymentNotice = (p: Persona, customerId: string | null) =>
  createNotification({
    userId: p.userId,
    customerId,
    kind: "payment.received",
    data: { amount: "€12.00" },
    link: "/payments",
    createdAt: new Date("2026-11-20T09:00:00Z"),
  });

// ── personas (mirroring the demo) ──────────────────────────────────────────────────────────────────

/** A household with one service of every kind on one billing account. */
export async function createHousehold(input: { locale?: Locale } = {}) {
  const tag = uniq();
  const customerId = await createCustomer({ kind: "individual", name: `Novák household ${tag}` });
  const billingAccountId = await createBillingAccount({ customerId, name: "Home" });
  const user = await createUser({ name: `Jana Nováková ${tag}`, locale: input.locale });
  await addMembership({ userId: user.userId, customerId, role: "owner" });
  const service = (kind: ServiceKind, label: string, installationAddress: string | null = null) =>
    createService({ customerId, billingAccountId, kind, label, installationAddress });
  const services = {
    mobile: await service("mobile", "Jana's phone"),
    fixed_voice: await service("fixed_voice", "Home line", "Vinohradská 12, Praha"),
    broadband: await service("broadband", "Home fibre", "Vinohradská 12, Praha"),
    tv: await service("tv", "Living room TV", "Vinohradská 12, Praha"),
  } satisfies Record<ServiceKind, string>;
  const notificationId = await paymentNotice(user, customerId);
  return { ...user, customerId, billingAccountId, services, notificationId };
}

/** A company: an admin, a sub-user granted one line, lines over two billing accounts and three cost centres. */
export async function createEnterprise() {
  const tag = uniq();
  const customerId = await createCustomer({ kind: "enterprise", name: `Acme ${tag} s.r.o.`, segment: "business", slaTier: "business" });
  const accounts = [
    await createBillingAccount({ customerId, name: "Acme HQ" }),
    await createBillingAccount({ customerId, name: "Acme Field" }),
  ];
  const costCentres = {
    sales: await createCostCentre({ customerId, name: `Sales ${tag}` }),
    operations: await createCostCentre({ customerId, name: `Operations ${tag}` }),
    headquarters: await createCostCentre({ customerId, name: `Headquarters ${tag}` }),
  };
  const admin = await createUser({ name: `Petr Admin ${tag}` });
  const subUser = await createUser({ name: `Karel Technik ${tag}` });
  const [hq, field] = accounts as [string, string];
  const line = (kind: ServiceKind, billingAccountId: string, rest: Partial<Parameters<typeof createService>[0]> = {}) =>
    createService({ customerId, billingAccountId, kind, ...rest });
  const lines = {
    ceoPhone: await line("mobile", hq, { label: "CEO phone", costCentreId: costCentres.sales, assignedUserId: admin.userId }),
    fieldPhone1: await line("mobile", field, {
      label: "Field tech 1",
      costCentreId: costCentres.operations,
      assignedUserId: subUser.userId,
    }),
    fieldPhone2: await line("mobile", field, { label: "Field tech 2", costCentreId: costCentres.operations }),
    reception: await line("mobile", hq, { label: "Reception", costCentreId: costCentres.headquarters }),
    switchboard: await line("fixed_voice", hq, { label: "HQ switchboard", costCentreId: costCentres.headquarters }),
    fibre: await line("broadband", hq, {
      label: "HQ fibre",
      costCentreId: costCentres.headquarters,
      status: "suspended",
      installationAddress: "Na Příkopě 1, Praha",
    }),
    spare: await line("mobile", field, { status: "pending" }),
  };
  await addMembership({ userId: admin.userId, customerId, role: "admin" });
  await addMembership({ userId: subUser.userId, customerId, role: "member", services: [lines.fieldPhone1] });
  return {
    customerId,
    billingAccountIds: accounts,
    costCentres,
    lines,
    lineIds: Object.values(lines),
    admin: { ...admin, customerId, notificationId: await paymentNotice(admin, customerId) },
    subUser: { ...subUser, customerId, grantedServiceId: lines.fieldPhone1, notificationId: await paymentNotice(subUser, customerId) },
  };
}

/** A premium-SLA business customer whose owner signs in. */
export async function createSlaClient() {
  const tag = uniq();
  const customerId = await createCustomer({ kind: "enterprise", name: `Bank ${tag} a.s.`, segment: "vip", slaTier: "premium" });
  const billingAccountId = await createBillingAccount({ customerId, name: "Treasury" });
  const user = await createUser({ name: `Eva Premium ${tag}` });
  await addMembership({ userId: user.userId, customerId, role: "owner" });
  const serviceIds = [
    await createService({ customerId, billingAccountId, kind: "broadband", label: "DC uplink", installationAddress: "Data centre 2" }),
    await createService({ customerId, billingAccountId, kind: "fixed_voice", label: "Trading desk" }),
  ];
  return { ...user, customerId, billingAccountId, serviceIds, notificationId: await paymentNotice(user, customerId) };
}

export async function createStaff(staffRole: StaffRole) {
  const user = await createUser({ name: `Staff ${staffRole} ${uniq()}`, staffRole });
  return { ...user, customerId: null, notificationId: await paymentNotice(user, null) };
}

/** One person acting for two customers: a household they own (joined first) and a company they administer. */
export async function createDualMember() {
  const tag = uniq();
  const user = await createUser({ name: `Tomáš Dvojí ${tag}` });
  const homeId = await createCustomer({ kind: "individual", name: `Dvojí household ${tag}` });
  const companyId = await createCustomer({ kind: "enterprise", name: `Dvojí Consulting ${tag}`, segment: "business" });
  const homeAccount = await createBillingAccount({ customerId: homeId });
  const companyAccount = await createBillingAccount({ customerId: companyId });
  const home = {
    customerId: homeId,
    billingAccountId: homeAccount,
    serviceIds: [
      await createService({ customerId: homeId, billingAccountId: homeAccount, kind: "mobile", label: "Private phone" }),
      await createService({ customerId: homeId, billingAccountId: homeAccount, kind: "broadband", label: "Cottage internet" }),
    ],
  };
  const company = {
    customerId: companyId,
    billingAccountId: companyAccount,
    serviceIds: [
      await createService({ customerId: companyId, billingAccountId: companyAccount, kind: "mobile", label: "Consulting phone" }),
    ],
  };
  // Explicit times: the default customer is the earliest membership, and equal timestamps would make it a coin toss.
  await addMembership({ userId: user.userId, customerId: homeId, role: "owner", createdAt: new Date("2024-01-01T00:00:00Z") });
  await addMembership({ userId: user.userId, customerId: companyId, role: "admin", createdAt: new Date("2024-06-01T00:00:00Z") });
  return { ...user, home, company, notificationId: await paymentNotice(user, homeId) };
}

/** The whole cast, built fresh for one suite. */
export async function buildWorld() {
  const subscriber = await createHousehold();
  const acme = await createEnterprise();
  const slaClient = await createSlaClient();
  const dispatcher = await createStaff("dispatcher");
  const technician = await createStaff("technician");
  await addTechnicianProfile(technician.userId);
  const otherTechnician = await createStaff("technician");
  const billingAgent = await createStaff("billing_agent");
  const dual = await createDualMember();

  // Tickets per owner: open (readable, notes), one dispatched to `technician` and one to another
  // technician, and resolved ones for each customer action that can succeed only once.
  const ticket = (
    customerId: string,
    serviceId: string,
    reporterUserId: string,
    state: KitTicketState = "acknowledged",
    technicianId?: string,
  ) =>
    createTicket({
      customerId,
      serviceId,
      reporterUserId,
      state,
      technicianId: technicianId ?? (state === "acknowledged" ? undefined : otherTechnician.userId),
    });
  const sub = (state?: KitTicketState) => ticket(subscriber.customerId, subscriber.services.broadband, subscriber.userId, state);
  const ent = (state?: KitTicketState) => ticket(acme.customerId, acme.lines.ceoPhone, acme.admin.userId, state);
  const subU = (state?: KitTicketState) => ticket(acme.customerId, acme.subUser.grantedServiceId, acme.subUser.userId, state);
  const sla = (state?: KitTicketState) => ticket(slaClient.customerId, slaClient.serviceIds[0]!, slaClient.userId, state);
  const home = (state?: KitTicketState) => ticket(dual.home.customerId, dual.home.serviceIds[0]!, dual.userId, state);
  const company = (state?: KitTicketState) => ticket(dual.company.customerId, dual.company.serviceIds[0]!, dual.userId, state);
  const owners = { subscriber: sub, entAdmin: ent, subUser: subU, slaClient: sla, dual: home, dualAsCompany: company };
  const each = async (state?: KitTicketState) => {
    const out = {} as Record<keyof typeof owners, string>;
    for (const [k, make] of Object.entries(owners)) out[k as keyof typeof owners] = await make(state);
    return out;
  };
  const tickets = {
    open: await each(),
    toConfirm: await each("resolved"),
    toReopen: await each("resolved"),
    toRate: await each("resolved"),
    /** in progress, assigned to `technician` */
    assigned: await ticket(subscriber.customerId, subscriber.services.tv, subscriber.userId, "in_progress", technician.userId),
    /** in progress, assigned to another technician */
    assignedElsewhere: await ticket(acme.customerId, acme.lines.switchboard, acme.admin.userId, "in_progress"),
    /** waiting for dispatch */
    toDispatch: await sub(),
  };
  const outageId = await createOutage({ createdById: dispatcher.userId });
  const bills = await issueBills({
    subscriber: subscriber.billingAccountId,
    acmeHq: acme.billingAccountIds[0]!,
    acmeField: acme.billingAccountIds[1]!,
    slaClient: slaClient.billingAccountId,
    dualHome: dual.home.billingAccountId,
    dualCompany: dual.company.billingAccountId,
  });
  // An open dispute on the subscriber's TV fee, and one other disputable line per bill (a service's recurring fee).
  const disputedLine = await testDb().billLine.findFirstOrThrow({
    where: { billId: bills.subscriber, kind: "recurring", serviceId: subscriber.services.tv },
    select: { id: true, amountMinor: true },
  });
  const billLines = {} as Record<keyof typeof bills, string>;
  for (const [owner, billId] of Object.entries(bills) as [keyof typeof bills, string][]) {
    const line = await testDb().billLine.findFirstOrThrow({
      where: { billId, kind: "recurring", serviceId: { not: null }, id: { not: disputedLine.id } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    billLines[owner] = line.id.toString();
  }
  const disputeTicket = await ticket(subscriber.customerId, subscriber.services.tv, subscriber.userId);
  const disputedBill = await testDb().bill.findUniqueOrThrow({ where: { id: bills.subscriber }, select: { number: true, currency: true } });
  const dispute = await testDb().billDispute.create({
    data: {
      billId: bills.subscriber,
      customerId: subscriber.customerId,
      billNumber: disputedBill.number,
      currency: disputedBill.currency,
      billLineId: disputedLine.id,
      ticketId: disputeTicket,
      amountMinor: disputedLine.amountMinor,
      reason: "Kit dispute",
    },
    select: { id: true },
  });
  // A pending move of one Acme line to the other account (cancellable).
  const move = await testDb().serviceMove.create({
    data: {
      serviceId: acme.lines.reception,
      fromBillingAccountId: acme.billingAccountIds[0]!,
      toBillingAccountId: acme.billingAccountIds[1]!,
      effectivePeriod: "2026-12",
      requestedById: acme.admin.userId,
    },
    select: { id: true },
  });
  return {
    subscriber,
    acme,
    entAdmin: acme.admin,
    subUser: acme.subUser,
    slaClient,
    dispatcher,
    technician,
    otherTechnician,
    billingAgent,
    dual,
    tickets,
    outageId,
    bills,
    billLines,
    disputeId: dispute.id,
    disputeTicket,
    moveId: move.id,
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;
