// The enterprise admin's lines: a filtered, sorted table; putting lines in a cost centre and giving them to a person,
// one or many at once; the same as a CSV file (export, and an import checked whole before anything is written).
import { parse } from "csv-parse/sync";
import type { CustomerActor } from "~/server/auth/principal";
import type { Deps } from "~/server/container";
import type { Tx } from "~/server/db/client";
import { inTransaction } from "~/server/db/transaction";
import { invalid, notFound } from "~/server/lib/errors";
import { audit } from "~/server/modules/audit/audit.service";
import * as repo from "./company-lines.repository";
import type {
  AssignLinesInput,
  CompanyLineView,
  CompanyLinesView,
  LineChoicesView,
  ImportInput,
  ImportProblem,
  ImportView,
  LineFilter,
  ListLinesInput,
} from "./company-lines.schemas";

const viewOf = (r: repo.LineRow): CompanyLineView => ({
  id: r.id,
  identifier: r.identifier,
  label: r.label,
  kind: r.kind,
  status: r.status,
  plan: r.plan.name,
  costCentre: r.costCentre,
  assignedTo: r.assignedUser ? { userId: r.assignedUser.id, name: r.assignedUser.name, email: r.assignedUser.email } : null,
});

export async function listLines(deps: Deps, actor: CustomerActor, input: ListLinesInput): Promise<CompanyLinesView> {
  // a filter by another company's centre or person is as unknown as a missing one
  const [{ rows, total }, known] = await Promise.all([
    repo.listLines(deps, actor.customerId, input),
    repo.filterTargetsKnown(deps, actor.customerId, input),
  ]);
  if (!known.costCentre) throw notFound("cost centre");
  if (!known.person) throw notFound("person");
  const pageCount = Math.max(1, Math.ceil(total / input.pageSize));
  return { items: rows.map(viewOf), page: input.page, pageSize: input.pageSize, total, pageCount };
}

export async function lineChoices(deps: Deps, actor: CustomerActor): Promise<LineChoicesView> {
  const [costCentres, people] = await Promise.all([repo.readCostCentres(deps, actor.customerId), repo.readPeople(deps, actor.customerId)]);
  return { costCentres, people };
}

/** Every line of the filter, in pages (the CSV export). */
export async function* exportLines(
  deps: Deps,
  actor: CustomerActor,
  filter: LineFilter,
  pageSize = 1000,
): AsyncGenerator<CompanyLineView[]> {
  let after: { identifier: string; id: string } | null = null;
  for (;;) {
    const rows = await repo.linesAfter(deps, actor.customerId, filter, after, pageSize);
    if (rows.length === 0) return;
    yield rows.map(viewOf);
    const last = rows[rows.length - 1]!;
    after = { identifier: last.identifier, id: last.id };
  }
}

/** The cost centre and person named must be the company's own: another company's is "not found", like a missing one. */
async function checkTargets(tx: Tx, customerId: string, change: { costCentreId?: string | null; assignedUserId?: string | null }) {
  const centre = change.costCentreId ? (await repo.costCentres(tx, customerId)).find((c) => c.id === change.costCentreId) : null;
  if (change.costCentreId && !centre) throw notFound("cost centre");
  if (centre?.archivedAt) throw invalid("costCentreId", "the cost centre is archived");
  if (change.assignedUserId && !(await repo.people(tx, customerId)).some((p) => p.userId === change.assignedUserId))
    throw notFound("person");
}

export async function assignLines(deps: Deps, actor: CustomerActor, input: AssignLinesInput) {
  const ids = [...new Set(input.serviceIds)];
  const change = {
    ...(input.costCentreId !== undefined ? { costCentreId: input.costCentreId } : {}),
    ...(input.assignedUserId !== undefined ? { assignedUserId: input.assignedUserId } : {}),
  };
  return inTransaction(deps, async (tx) => {
    await repo.lockCompany(tx, actor.customerId);
    const lines = await repo.ownLines(tx, actor.customerId, ids);
    if (lines.length !== ids.length) throw notFound("service");
    await checkTargets(tx, actor.customerId, change);
    await repo.setAssignment(tx, ids, change);
    await audit(tx, {
      actorUserId: actor.userId,
      customerId: actor.customerId,
      action: "lines.assign",
      entity: "service",
      entityId: ids.length === 1 ? ids[0] : null,
      data: { lines: ids.length, ...change },
    });
    return { changed: ids.length };
  });
}

// ── the assignments file: identifier, cost_centre (a centre's code; empty = none), assignee (an e-mail; empty = none) ──

type Parsed = { line: number; identifier: string; costCentre?: string; assignee?: string };

function readFile(csv: string): { rows: Parsed[] } | { problem: ImportProblem } {
  let records: Record<string, string>[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ""), {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
    });
  } catch {
    return { problem: "unreadable" };
  }
  const columns = Object.keys(records[0] ?? {});
  if (!columns.includes("identifier")) return { problem: "missingIdentifierColumn" };
  if (!columns.includes("cost_centre") && !columns.includes("assignee")) return { problem: "noChangeColumns" };
  return {
    rows: records.map((r, i) => ({
      line: i + 2, // the header is line 1
      identifier: r.identifier ?? "",
      ...(columns.includes("cost_centre") ? { costCentre: r.cost_centre ?? "" } : {}),
      ...(columns.includes("assignee") ? { assignee: (r.assignee ?? "").toLowerCase() } : {}),
    })),
  };
}

/** Checks every row and, when none has a problem and `apply` is set, writes all of them in one transaction. */
export async function importAssignments(deps: Deps, actor: CustomerActor, input: ImportInput, apply: boolean): Promise<ImportView> {
  const file = readFile(input.csv);
  if ("problem" in file) return { applied: false, fileProblem: file.problem, rows: [], changed: 0 };
  return inTransaction(deps, async (tx) => {
    await repo.lockCompany(tx, actor.customerId);
    const [lines, centres, people] = await Promise.all([
      repo.linesByIdentifier(tx, actor.customerId, [...new Set(file.rows.map((r) => r.identifier))]),
      repo.costCentres(tx, actor.customerId),
      repo.people(tx, actor.customerId),
    ]);
    const lineOf = new Map(lines.map((l) => [l.identifier, l]));
    const centreOf = new Map(centres.map((c) => [c.code.toLowerCase(), c]));
    const personOf = new Map(people.map((p) => [p.email, p.userId]));
    const seen = new Set<string>();
    const planned: { id: string; costCentreId?: string | null; assignedUserId?: string | null }[] = [];
    const rows = file.rows.map((r) => {
      const problems: ImportProblem[] = [];
      const line = lineOf.get(r.identifier);
      if (!r.identifier) problems.push("emptyIdentifier");
      else if (!line) problems.push("unknownLine");
      if (r.identifier && seen.has(r.identifier)) problems.push("duplicateLine");
      seen.add(r.identifier);
      const centre = r.costCentre ? centreOf.get(r.costCentre.toLowerCase()) : undefined;
      const costCentreId = r.costCentre === undefined ? undefined : r.costCentre === "" ? null : centre?.id;
      if (r.costCentre && !centre) problems.push("unknownCostCentre");
      if (centre?.archivedAt) problems.push("archivedCostCentre");
      const assignedUserId = r.assignee === undefined ? undefined : r.assignee === "" ? null : personOf.get(r.assignee);
      if (assignedUserId === undefined && r.assignee) problems.push("unknownPerson");
      const changes =
        !!line &&
        ((costCentreId !== undefined && costCentreId !== line.costCentreId) ||
          (assignedUserId !== undefined && assignedUserId !== line.assignedUserId));
      if (line && changes && problems.length === 0) planned.push({ id: line.id, costCentreId, assignedUserId });
      return { line: r.line, identifier: r.identifier, costCentre: r.costCentre ?? null, assignee: r.assignee ?? null, problems, changes };
    });
    const ok = rows.every((r) => r.problems.length === 0);
    if (!apply || !ok) return { applied: false, fileProblem: null, rows, changed: ok ? planned.length : 0 };
    // one UPDATE per distinct change, not per row: a file of thousands of lines mostly repeats a few centres and people
    const byChange = new Map<string, { data: { costCentreId?: string | null; assignedUserId?: string | null }; ids: string[] }>();
    for (const p of planned) {
      const data = {
        ...(p.costCentreId !== undefined ? { costCentreId: p.costCentreId } : {}),
        ...(p.assignedUserId !== undefined ? { assignedUserId: p.assignedUserId } : {}),
      };
      const key = JSON.stringify(data);
      const group = byChange.get(key) ?? byChange.set(key, { data, ids: [] }).get(key)!;
      group.ids.push(p.id);
    }
    for (const { data, ids } of byChange.values()) await repo.setAssignment(tx, ids, data);
    await audit(tx, {
      actorUserId: actor.userId,
      customerId: actor.customerId,
      action: "lines.import",
      entity: "service",
      data: { rows: rows.length, changed: planned.length },
    });
    return { applied: true, fileProblem: null, rows, changed: planned.length };
  });
}

export const previewImport = (deps: Deps, actor: CustomerActor, input: ImportInput) => importAssignments(deps, actor, input, false);

/** Applies the file, or nothing: a file with any problem is refused whole (VALIDATION, with the rows in the preview). */
export async function applyImport(deps: Deps, actor: CustomerActor, input: ImportInput) {
  const result = await importAssignments(deps, actor, input, true);
  if (!result.applied) throw invalid("csv", "the file has problems: nothing was applied");
  return result;
}
