// `npm run staff:create -- --email … --name … --role dispatcher|billing_agent`: an operator staff account, for a
// database without the demo world. The password comes from STAFF_PASSWORD, or one is generated and printed once.
// Technicians are added by the repair desk with their skills and areas; this makes the first dispatcher or agent.
import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { hashPassword } from "~/server/auth/password";
import { createDb, type Db } from "~/server/db/client";
import { env } from "~/server/env";

export const StaffInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "--email must be an e-mail address" })),
  name: z.string().trim().min(1, { message: "--name is required" }),
  role: z.enum(["dispatcher", "billing_agent"], { message: "--role must be dispatcher or billing_agent" }),
  password: z.string().min(12, { message: "STAFF_PASSWORD must be at least 12 characters" }),
});
export type StaffInput = z.infer<typeof StaffInput>;

/** Creates the staff user; refuses an e-mail that already has an account (nothing is changed then). */
export async function createStaffUser(db: Db, input: StaffInput): Promise<{ id: string }> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new Error(`${input.email} already has an account; nothing changed`);
  const passwordHash = await hashPassword(input.password);
  return db.user.create({
    data: { email: input.email, name: input.name, staffRole: input.role, passwordHash },
    select: { id: true },
  });
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } } });
  const generated = !process.env.STAFF_PASSWORD;
  const parsed = StaffInput.safeParse({ ...values, password: process.env.STAFF_PASSWORD ?? randomBytes(15).toString("base64url") });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const db = createDb(env.DATABASE_URL, 1);
  try {
    await createStaffUser(db, parsed.data);
    console.log(`staff:create: ${parsed.data.email} (${parsed.data.role}) created.`);
    if (generated) console.log(`Password (shown once, change it after signing in): ${parsed.data.password}`);
  } finally {
    await db.$disconnect();
  }
}

// Run as a script (not imported by a test)? realpath: Node resolves symlinks in import.meta.url, not in argv.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((err) => {
    console.error(`staff:create: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
