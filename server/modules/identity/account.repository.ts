// Account access tables: e-mailed single-use links (only their hashes) and the record of sign-ins.
import type { Tx } from "~/server/db/client";
import type { AccountTokenPurpose, Locale, SignInMethod } from "~/server/db/generated/enums";
import type { HasDb } from "~/server/db/transaction";

export type Mail = { subject: string; text: string };

/**
 * A link for whoever holds the address, if anyone: the token and its e-mail (in the person's language) are written
 * by the same two statements whether or not the address has an account, so the answer takes the same time.
 */
export async function issueLinkByEmail(
  tx: Tx,
  args: { email: string; purpose: AccountTokenPurpose; tokenHash: string; now: Date; expiresAt: Date; mails: Record<Locale, Mail> },
) {
  const { email, purpose, tokenHash, now, expiresAt } = args;
  await tx.$executeRaw`
    WITH u AS (SELECT id FROM "User" WHERE email = ${email})
    INSERT INTO "AccountToken" ("userId", purpose, "tokenHash", "createdAt", "expiresAt")
    SELECT id, ${purpose}::"AccountTokenPurpose", ${tokenHash}, ${now}, ${expiresAt} FROM u`;
  await tx.$executeRaw`
    INSERT INTO "OutboxMessage" (topic, payload)
    SELECT 'email', (${JSON.stringify(args.mails)}::jsonb -> u.locale::text) || jsonb_build_object('to', u.email)
    FROM "User" u WHERE u.email = ${email}`;
}

export const findToken = ({ db }: HasDb, tokenHash: string, purpose: AccountTokenPurpose) =>
  db.accountToken.findFirst({ where: { tokenHash, purpose }, select: { expiresAt: true, usedAt: true } });

/** Marks the token used if it still may be; the user it opens, or null. Atomic: two clicks cannot both win. */
export async function consumeToken(tx: Tx, tokenHash: string, purpose: AccountTokenPurpose, now: Date) {
  const [row] = await tx.accountToken.updateManyAndReturn({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
    select: { userId: true, user: { select: { id: true, email: true, name: true, locale: true, sessionVersion: true } } },
  });
  return row?.user ?? null;
}

/** Every link of the user still open is void from now on (after a password change). */
export const retireTokens = (tx: Tx, userId: string, now: Date) =>
  tx.accountToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });

export const findPasswordHash = ({ db }: HasDb, userId: string) =>
  db.user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });

/** A new password; the session version moves on, so every session issued before is signed out. */
export const setPassword = (tx: Tx, userId: string, passwordHash: string) =>
  tx.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { email: true, locale: true, sessionVersion: true },
  });

export const bumpSessionVersion = (tx: Tx, userId: string) =>
  tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });

/** Idempotent: signing out twice (two tabs) records the first end. */
export const recordEndedSession = ({ db }: HasDb, sessionId: string, at: Date) =>
  db.endedSession.createMany({ data: [{ id: sessionId, endedAt: at }], skipDuplicates: true });

export { enqueueEmail as enqueueMail } from "~/server/mail/outbox";

export const recordSignIn = (
  tx: Tx | HasDb["db"],
  entry: { userId: string; at: Date; ip: string; method: SignInMethod; userAgent: string | null },
) => tx.signInRecord.create({ data: entry, select: { id: true } });

/** A password sign-in, outside any transaction. */
export const recordPasswordSignIn = ({ db }: HasDb, entry: Parameters<typeof recordSignIn>[1]) => recordSignIn(db, entry);

export const latestSignIns = ({ db }: HasDb, userId: string, take: number) =>
  db.signInRecord.findMany({
    where: { userId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: { at: true, ip: true, method: true, userAgent: true },
  });
