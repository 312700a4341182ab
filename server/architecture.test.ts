// The seam and the layering (ARCHITECTURE.md) as a test: it reads the source and names every file that
// breaks a rule. The checks are plain functions, tested first on sources with a deliberate leak.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

const isTest = (file: string) => /\.test\.tsx?$|__fixtures__\//.test(file);
const camel = (model: string) => model[0]!.toLowerCase() + model.slice(1);

/** The models a system of record owns: declared in its own schema file. */
export function modelsOf(schema: string): string[] {
  return [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
}

/** `Model.field → Target` for each field of a schema whose type is one of `models` (a relation, so a foreign key). */
export function relationsTo(schema: string, models: readonly string[]): string[] {
  return [...schema.matchAll(/^model (\w+) \{([^}]*)\}/gm)].flatMap(([, model, body]) =>
    [...body!.matchAll(/^\s+(\w+)\s+(\w+)[?[\]]*\s/gm)]
      .filter(([, , type]) => models.includes(type!))
      .map(([, field, type]) => `${model}.${field} → ${type}`),
  );
}

/** Where a source names one of `models`: a Prisma delegate (db.bill), a Prisma type, or a quoted SQL table. */
export function systemTablesNamed(source: string, models: readonly string[]): string[] {
  return models.filter(
    (m) =>
      new RegExp(`\\b(?:db|tx|prisma)\\.${camel(m)}\\b`).test(source) ||
      new RegExp(`\\bPrisma\\.${m}[A-Z]\\w*`).test(source) ||
      new RegExp(`"${m}"`).test(source),
  );
}

/** A use case that reaches the database itself instead of through a repository or a gateway. */
export const touchesDatabase = (source: string) =>
  /\b(?:db|tx)\s*\.\s*[$a-zA-Z]|\$transaction|\bdeps\.db\b|\{[^}]*\bdb\b[^}]*\}\s*(?::|=)/.test(source);

const importsOf = (source: string) => [...source.matchAll(/(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1]!);

/** Transport in a module outside its router: tRPC or Next.js. */
export const transportImports = (source: string) =>
  importsOf(source).filter((s) => s.startsWith("@trpc/server") || s === "next" || s.startsWith("next/"));

/**
 * For a module: another module's repository. For a module or a portal job: a gateway's implementation (anything but its interface and
 * event types).
 */
export function forbiddenImports(file: string, source: string): string[] {
  const own = file.match(/^server\/modules\/([^/]+)\//)?.[1];
  return importsOf(source).filter((spec) => {
    const target = spec.startsWith(".") ? path.posix.join(path.posix.dirname(file), spec) : spec.replace(/^~\//, "");
    const repo = target.match(/^server\/modules\/([^/]+)\/.*\.repository$/);
    if (repo && own !== undefined && repo[1] !== own) return true;
    const gateway = target.match(/^server\/gateways\/(?:[^/]+\/)?([^/]+)$/);
    return gateway !== null && !/^(?!postgres-|memory-)[\w-]+-gateway$|^(?:[\w-]+-)?events$/.test(gateway[1]!);
  });
}

describe("the architecture checks", () => {
  it("find a deliberate leak of each kind", () => {
    expect(modelsOf("model Bill {\n  id String\n}\nmodel BillLine {\n}")).toEqual(["Bill", "BillLine"]);
    const dispute = "model BillDispute {\n  billId String @db.Uuid\n  bill   Bill   @relation(fields: [billId], references: [id])\n}";
    expect(relationsTo(dispute, ["Bill"])).toEqual(["BillDispute.bill → Bill"]);
    expect(relationsTo(dispute.replace(/\n {2}bill .*/, ""), ["Bill"])).toEqual([]);
    expect(systemTablesNamed("await deps.db.billLine.findMany()", ["BillLine", "Ticket"])).toEqual(["BillLine"]);
    expect(systemTablesNamed('db.$queryRaw`SELECT * FROM "Ticket"`', ["Ticket"])).toEqual(["Ticket"]);
    expect(systemTablesNamed("const w: Prisma.TicketWhereInput = {}", ["Ticket"])).toEqual(["Ticket"]);
    expect(systemTablesNamed("event.troubleTicket; result.ticket.id", ["Ticket"])).toEqual([]);
    expect(touchesDatabase("const { db, clock } = deps;")).toBe(true);
    expect(touchesDatabase("await deps.db.$transaction(async (tx) => tx.audit.create())")).toBe(true);
    expect(touchesDatabase("await repo.saveDispute(d); await billing.getBill(scope, id)")).toBe(false);
    expect(transportImports('import { TRPCError } from "@trpc/server";\nimport { headers } from "next/headers";')).toHaveLength(2);
    expect(
      forbiddenImports("server/modules/disputes/disputes.service.ts", 'import { x } from "~/server/modules/tickets/tickets.repository";'),
    ).toHaveLength(1);
    expect(forbiddenImports("server/modules/tickets/x.ts", 'import { x } from "./tickets.repository";')).toHaveLength(0);
    expect(forbiddenImports("server/jobs/x.ts", 'import { x } from "~/server/gateways/repair/postgres-repair-gateway";')).toHaveLength(1);
    expect(forbiddenImports("server/modules/bills/x.ts", 'import { runBillRun } from "~/server/gateways/billing/bill-run";')).toHaveLength(
      1,
    );
    expect(
      forbiddenImports("server/modules/bills/x.ts", 'import type { BillingGateway } from "~/server/gateways/billing/billing-gateway";'),
    ).toHaveLength(0);
    expect(
      forbiddenImports("server/modules/bills/x.ts", 'import { memoryBilling } from "~/server/gateways/billing/memory-billing-gateway";'),
    ).toHaveLength(1);
  });
});

describe("the seam holds in the source", () => {
  const systemModels = ["billing", "repair", "fulfilment"].flatMap((s) => modelsOf(read(`prisma/schema/${s}.prisma`)));
  const portal = [...filesUnder("server/modules"), ...filesUnder("server/jobs")].filter((f) => !isTest(f));
  const modules = portal.filter((f) => f.startsWith("server/modules/"));

  it("knows the systems' tables", () => {
    expect(systemModels).toEqual(expect.arrayContaining(["Bill", "BillLine", "LedgerEntry", "Ticket", "SlaFlag"]));
  });

  it("the portal's records hold no foreign key to a billing or repair table", () => {
    // Customer and Service are the party and the product inventory that both sides refer to; every other portal
    // record refers to a system's object by its id only, as it would to a remote system.
    const portalSchemas = readdirSync(path.join(root, "prisma/schema")).filter(
      (f) => !/^(billing|repair|fulfilment|schema)\.prisma$/.test(f),
    );
    const leaks = portalSchemas
      .flatMap((f) => relationsTo(read(`prisma/schema/${f}`), systemModels))
      .filter((r) => !/^(Customer|Service)\./.test(r));
    expect(leaks).toEqual([]);
  });

  it("no module or portal job names a billing or repair table", () => {
    const leaks = portal.flatMap((f) => systemTablesNamed(read(f), systemModels).map((m) => `${f}: ${m}`));
    expect(leaks).toEqual([]);
  });

  it("services and use cases hold no database handle", () => {
    const useCases = modules.filter((f) => /\.service\.ts$|\/use-cases\//.test(f));
    expect(useCases.filter((f) => touchesDatabase(read(f)))).toEqual([]);
  });

  it("tRPC and Next.js stay in routers", () => {
    const leaks = modules.filter((f) => !f.endsWith(".router.ts")).flatMap((f) => transportImports(read(f)).map((s) => `${f}: ${s}`));
    expect(leaks).toEqual([]);
  });

  it("no module imports another module's repository or a gateway's implementation", () => {
    const leaks = portal.flatMap((f) => forbiddenImports(f, read(f)).map((s) => `${f}: ${s}`));
    expect(leaks).toEqual([]);
  });
});
