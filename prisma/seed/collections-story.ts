// Anna's collections story, the same on any day: of her two overdue bills the older one is under a payment
// arrangement agreed when the world was seeded (three monthly instalments, the first a week later), so dunning is
// paused for it and no demo bill reaches the suspension day (+37) by the calendar alone. Without it the older bill
// would pass day +37 from about the 22nd of each month and a running worker would suspend her services on some
// days and not on others. The newer overdue bill is left to dunning (reminders) and shows the arrangement offer's
// refusal ("already arranged") beside the plan in force.
import type { Db } from "~/server/db/client";
import { splitInstalments } from "~/server/modules/collections/arrangement-rules";

const ANNA = { email: "subscriber@demo.test", account: "BA-100001" };
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export async function seedCollectionsStory(db: Db, now: Date): Promise<void> {
  const account = await db.billingAccount.findUnique({
    where: { number: ANNA.account },
    select: { id: true, customerId: true, currency: true },
  });
  const user = await db.user.findUnique({ where: { email: ANNA.email }, select: { id: true } });
  if (!account || !user) return;
  // Once: a later start leaves the plan (kept, broken or still running) as the worker has left it.
  if ((await db.paymentArrangement.count({ where: { billingAccountId: account.id } })) > 0) return;
  const overdue = await db.bill.findMany({
    where: { billingAccountId: account.id, status: "overdue" },
    select: { id: true },
    orderBy: { period: "asc" },
  });
  if (overdue.length < 2) return;
  const older = overdue[0]!;
  // What is left to pay: the bill's receivable entries (its charge less what paid or credited it).
  const due = await db.ledgerEntry.aggregate({ where: { billId: older.id, account: "receivable" }, _sum: { amountMinor: true } });
  const remaining = due._sum.amountMinor ?? 0n;
  if (remaining <= 0n) return;
  const instalments = splitInstalments(remaining, 3, isoDay(now));
  await db.paymentArrangement.create({
    data: {
      customerId: account.customerId,
      billingAccountId: account.id,
      billIds: [older.id],
      currency: account.currency,
      totalMinor: remaining,
      startRemainingMinor: remaining,
      createdById: user.id,
      idempotencyKey: `${account.customerId}:demo-arrangement`,
      createdAt: now,
      instalments: {
        create: instalments.map((i) => ({ seq: i.seq, dueDate: new Date(`${i.dueDate}T00:00:00Z`), amountMinor: i.amountMinor })),
      },
    },
  });
}
