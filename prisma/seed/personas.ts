// The demo world as data. Persona e-mails, names, customers and identifiers are a contract:
// e2e tests and the README sign in with them, so change them only together with those.
import type { CustomerKind, MemberRole, Segment, ServiceKind, ServiceStatus, SlaTier, StaffRole } from "~/server/db/generated/enums";

export const DEMO_PASSWORD = "demo-pass-2026";

export type UserSeed = { email: string; name: string; staffRole?: StaffRole };
export type ServiceSeed = {
  kind: ServiceKind;
  identifier: string;
  plan: string;
  account: string;
  label?: string;
  status?: ServiceStatus;
  address?: string;
  costCentre?: string;
  assignee?: string;
};
export type MemberSeed = { email: string; role: MemberRole; grants?: string[] };
export type CustomerSeed = {
  name: string;
  kind: CustomerKind;
  segment: Segment;
  slaTier: SlaTier;
  accounts: { number: string; name: string }[];
  costCentres?: { code: string; name: string }[];
  /** what bills print of the customer: postal address, company number, VAT number */
  identity?: { address: string; companyId?: string; vatId?: string };
  /** who the company wants asked about its bills (its admins edit them on the company profile) */
  billingContacts?: { name: string; email: string; phone: string }[];
  members: MemberSeed[];
  services: ServiceSeed[];
};

const prague = "Vinohradská 1234/56, 120 00 Praha 2";
const acmeHq = "Křižíkova 148/34, 186 00 Praha 8";

const anna: CustomerSeed = {
  name: "Anna Novak",
  kind: "individual",
  segment: "consumer",
  slaTier: "standard",
  accounts: [{ number: "BA-100001", name: "Anna Novak" }],
  identity: { address: prague },
  members: [{ email: "subscriber@demo.test", role: "owner" }],
  services: [
    { kind: "mobile", identifier: "+420 601 234 567", plan: "MOB-M", account: "BA-100001", label: "My phone" },
    { kind: "fixed_voice", identifier: "+420 222 333 444", plan: "FIX-BASIC", account: "BA-100001", label: "Home phone", address: prague },
    { kind: "broadband", identifier: "BB-PRG-004512", plan: "BB-1000", account: "BA-100001", label: "Home internet", address: prague },
    { kind: "tv", identifier: "SC-7731-0042", plan: "TV-PLUS", account: "BA-100001", label: "Living room TV", address: prague },
  ],
};

// Acme staff with a company phone, in line order: [name, e-mail, cost centre].
const acmeStaff: [string, string, string][] = [
  ["Petr Dvořák", "admin@acme.test", "OPS"],
  ["Jana Horáková", "employee@acme.test", "SALES"],
  ["Tomáš Novotný", "tomas.novotny@acme.test", "SALES"],
  ["Lucie Veselá", "lucie.vesela@acme.test", "SALES"],
  ["Barbora Šťastná", "barbora.stastna@acme.test", "SALES"],
  ["Jakub Marek", "jakub.marek@acme.test", "ENG"],
  ["Kateřina Pokorná", "katerina.pokorna@acme.test", "ENG"],
  ["Ondřej Růžička", "ondrej.ruzicka@acme.test", "ENG"],
  ["Tereza Kučerová", "tereza.kucerova@acme.test", "ENG"],
  ["Filip Doležal", "filip.dolezal@acme.test", "ENG"],
  ["David Beneš", "david.benes@acme.test", "OPS"],
  ["Veronika Fialová", "veronika.fialova@acme.test", "OPS"],
  ["Michal Sedláček", "michal.sedlacek@acme.test", "OPS"],
  ["Adéla Zemanová", "adela.zemanova@acme.test", "OPS"],
];
// Lines without a person: [label, cost centre].
const acmePool: [string, string][] = [
  ["Sales pool 1", "SALES"],
  ["Sales pool 2", "SALES"],
  ["Trade fair SIM", "SALES"],
  ["Test device Android", "ENG"],
  ["Test device iOS", "ENG"],
  ["On-call phone", "ENG"],
  ["Reception", "OPS"],
  ["Van 1 router", "OPS"],
  ["Van 2 router", "OPS"],
  ["Lost SIM (blocked)", "OPS"],
];

const acmeLine = (n: number) => `+420 731 500 ${String(100 + n)}`;
/** The fleet manager looks after Operations' phones and the pool devices: lines 11–24, more than the home screen's 12 cards. */
const FLEET_MANAGER = "fleet@acme.test";
const fleetLines = Array.from({ length: 14 }, (_, i) => acmeLine(11 + i));
const acmeSuspended = new Set([13, 24]); // one person on leave, one lost SIM: status variety for the UI

const acme: CustomerSeed = {
  name: "Acme Ltd",
  kind: "enterprise",
  segment: "business",
  slaTier: "business",
  identity: { address: acmeHq, companyId: "87654326", vatId: "CZ87654326" },
  billingContacts: [{ name: "Marie Dvořáková", email: "invoices@acme.test", phone: "+420 777 200 100" }],
  accounts: [
    { number: "BA-200001", name: "Acme Ltd – mobile" },
    { number: "BA-200002", name: "Acme Ltd – data" },
  ],
  costCentres: [
    { code: "SALES", name: "Sales" },
    { code: "ENG", name: "Engineering" },
    { code: "OPS", name: "Operations" },
  ],
  members: [
    ...acmeStaff.map(([, email], i) =>
      i === 0 ? { email, role: "admin" as const } : { email, role: "member" as const, grants: [acmeLine(i + 1)] },
    ),
    { email: FLEET_MANAGER, role: "technical", grants: fleetLines },
  ],
  services: [
    ...acmeStaff.map(([name, email, cc], i): ServiceSeed => ({
      kind: "mobile",
      identifier: acmeLine(i + 1),
      plan: i < 2 ? "MOB-UNL" : "MOB-BIZ",
      account: "BA-200001",
      label: name,
      costCentre: cc,
      assignee: email,
      status: acmeSuspended.has(i + 1) ? "suspended" : "active",
    })),
    ...acmePool.map(([label, cc], i): ServiceSeed => ({
      kind: "mobile",
      identifier: acmeLine(acmeStaff.length + i + 1),
      plan: "MOB-S",
      account: "BA-200001",
      label,
      costCentre: cc,
      status: acmeSuspended.has(acmeStaff.length + i + 1) ? "suspended" : "active",
    })),
    {
      kind: "broadband",
      identifier: "BB-PRG-200101",
      plan: "BB-BIZ-1G",
      account: "BA-200002",
      label: "Prague HQ",
      address: acmeHq,
      costCentre: "OPS",
    },
    {
      kind: "broadband",
      identifier: "BB-BRN-200102",
      plan: "BB-1000",
      account: "BA-200002",
      label: "Brno office",
      address: "Holandská 878/2, 639 00 Brno",
      costCentre: "ENG",
    },
  ],
};

// Listed after Acme: the employee's first membership (by createdAt) must be Acme.
const jana: CustomerSeed = {
  name: "Jana Horáková",
  kind: "individual",
  segment: "consumer",
  slaTier: "standard",
  accounts: [{ number: "BA-100002", name: "Jana Horáková" }],
  members: [{ email: "employee@acme.test", role: "owner" }],
  services: [{ kind: "mobile", identifier: "+420 608 112 233", plan: "MOB-S", account: "BA-100002", label: "Personal" }],
};

const bigcorp: CustomerSeed = {
  name: "BigCorp",
  kind: "enterprise",
  segment: "vip",
  slaTier: "premium",
  identity: { address: "Na Pankráci 1724/129, 140 00 Praha 4", companyId: "45274649", vatId: "CZ45274649" },
  billingContacts: [{ name: "Accounts payable", email: "payables@bigcorp.test", phone: "+420 777 300 100" }],
  accounts: [{ number: "BA-300001", name: "BigCorp – network services" }],
  members: [{ email: "sla@bigcorp.test", role: "owner" }],
  services: [
    {
      kind: "broadband",
      identifier: "BB-PRG-300101",
      plan: "BB-BIZ-1G",
      account: "BA-300001",
      label: "Prague HQ internet",
      address: "Na Příkopě 859/22, 110 00 Praha 1",
    },
    {
      kind: "broadband",
      identifier: "BB-OST-300102",
      plan: "BB-BIZ-1G",
      account: "BA-300001",
      label: "Ostrava branch internet",
      address: "Nádražní 3333/112, 702 00 Ostrava",
    },
    {
      kind: "broadband",
      identifier: "LL-BRNO-0001",
      plan: "LL-1G",
      account: "BA-300001",
      label: "Leased line Brno–Prague",
      address: "Holandská 878/2, 639 00 Brno",
    },
    {
      kind: "broadband",
      identifier: "LL-PLZN-0002",
      plan: "LL-1G",
      account: "BA-300001",
      label: "Leased line Plzeň–Prague",
      address: "Americká 2421/42, 301 00 Plzeň",
    },
    {
      kind: "broadband",
      identifier: "LL-OSTR-0003",
      plan: "LL-10G",
      account: "BA-300001",
      label: "Leased line Ostrava–Prague",
      address: "Nádražní 3333/112, 702 00 Ostrava",
    },
  ],
};

export const customers: readonly CustomerSeed[] = [anna, acme, jana, bigcorp];

export const users: readonly UserSeed[] = [
  { email: "subscriber@demo.test", name: "Anna Novak" },
  ...acmeStaff.map(([name, email]) => ({ email, name })),
  { email: FLEET_MANAGER, name: "Radek Kolář" },
  { email: "sla@bigcorp.test", name: "Markéta Vávrová" },
  { email: "dispatcher@operator.test", name: "Martin Svoboda", staffRole: "dispatcher" },
  { email: "technician@operator.test", name: "Lukáš Procházka", staffRole: "technician" },
  { email: "agent@operator.test", name: "Eva Černá", staffRole: "billing_agent" },
];
