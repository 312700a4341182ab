// A person of the spec's own, made straight in the e2e database: specs that change a password or end every session
// must not do it to a demo account that other specs sign in as.
import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import pg from "pg";

export type Person = { email: string; password: string; name: string };

/** A household owner with a password of their own; `label` names the spec and project in the address. */
export async function freshPerson(label: string): Promise<Person> {
  const tag = `${label}-${randomBytes(4).toString("hex")}`.toLowerCase().replace(/[^a-z0-9-]/g, "-");
  const person = { email: `${tag}@e2e.test`, password: `first passphrase ${tag}`, name: `E2E ${tag}` };
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const passwordHash = await hash(person.password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await client.query("BEGIN");
    const customer = await client.query<{ id: string }>(`INSERT INTO "Customer" (kind, name) VALUES ('individual', $1) RETURNING id`, [
      `${person.name} household`,
    ]);
    const user = await client.query<{ id: string }>(
      `INSERT INTO "User" (email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, now()) RETURNING id`,
      [person.email, person.name, passwordHash],
    );
    await client.query(`INSERT INTO "Membership" ("userId", "customerId", role) VALUES ($1, $2, 'owner')`, [
      user.rows[0]!.id,
      customer.rows[0]!.id,
    ]);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
  return person;
}
