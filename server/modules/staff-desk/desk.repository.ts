// What the billing agent's look-up reads of the portal's own records: customers by name, a member's e-mail or phone, or
// a line's number; a customer's members. Billing accounts, bills and credit notes are the billing system's.
import type { Db } from "~/server/db/client";
import type { CustomerKind } from "~/server/db/generated/enums";
import { audit, type AuditEntry } from "~/server/modules/audit/audit.service";

export type CustomerRecord = { id: string; name: string; kind: CustomerKind; emails: string[] };
export type FoundCustomer = CustomerRecord & { by: { name: boolean; email: boolean; phone: boolean } };
export type MemberRecord = { name: string; email: string; phone: string | null; role: string };

export interface DeskRepository {
  /** Customers whose name, member's e-mail or phone, or service number contains `query`, or whose id is in `ids`. */
  search(query: string, ids: string[], take: number): Promise<FoundCustomer[]>;
  customer(id: string): Promise<(CustomerRecord & { members: MemberRecord[] }) | null>;
  audit(entry: AuditEntry): Promise<void>;
}

/** Phone numbers are written with spaces, dashes and brackets: the digits (and a leading +) are what count. */
export const phoneDigits = (query: string) => (/^[+\d\s()./-]+$/.test(query) ? query.replace(/[^\d]/g, "") : "");

export function deskRepository(db: Db): DeskRepository {
  const emailsOf = { memberships: { select: { user: { select: { email: true } } }, orderBy: { createdAt: "asc" as const }, take: 5 } };
  return {
    async search(query, ids, take) {
      const text = { contains: query, mode: "insensitive" as const };
      const digits = phoneDigits(query);
      // Services keep numbers as entered ("+420 601 234 567"): compared by digits alone in SQL.
      const byLine =
        digits.length >= 3
          ? await db.$queryRaw<{ customerId: string }[]>`
              SELECT DISTINCT "customerId" FROM "Service"
              WHERE regexp_replace(identifier, '[^0-9]', '', 'g') LIKE ${`%${digits}%`} LIMIT 200`
          : [];
      const byPhone =
        digits.length >= 3
          ? await db.$queryRaw<{ customerId: string }[]>`
              SELECT DISTINCT m."customerId" FROM "Membership" m JOIN "User" u ON u.id = m."userId"
              WHERE regexp_replace(coalesce(u.phone, ''), '[^0-9]', '', 'g') LIKE ${`%${digits}%`} LIMIT 200`
          : [];
      const phoneIds = new Set([...byLine, ...byPhone].map((r) => r.customerId));
      const rows = await db.customer.findMany({
        where: {
          OR: [{ name: text }, { memberships: { some: { user: { email: text } } } }, { id: { in: [...phoneIds, ...ids] } }],
        },
        select: { id: true, name: true, kind: true, ...emailsOf },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        take,
      });
      const needle = query.toLowerCase();
      return rows.map((r) => {
        const emails = r.memberships.map((m) => m.user.email);
        return {
          id: r.id,
          name: r.name,
          kind: r.kind,
          emails,
          by: { name: r.name.toLowerCase().includes(needle), email: emails.some((e) => e.includes(needle)), phone: phoneIds.has(r.id) },
        };
      });
    },
    async customer(id) {
      const row = await db.customer.findUnique({
        where: { id },
        select: {
          id: true,
          name: true,
          kind: true,
          memberships: {
            select: { role: true, user: { select: { name: true, email: true, phone: true } } },
            orderBy: { createdAt: "asc" },
            take: 50,
          },
        },
      });
      if (!row) return null;
      const members = row.memberships.map((m) => ({ ...m.user, role: m.role }));
      return { id: row.id, name: row.name, kind: row.kind, emails: members.map((m) => m.email), members };
    },
    async audit(entry) {
      await db.$transaction((tx) => audit(tx, entry));
    },
  };
}
