import { Prisma } from "./generated/client";

// `where: { id: undefined }` means "no filter" to Prisma: one missing value would return every row.
// Refuse it outright so a forgotten id or scope can never widen a query.
const filtered = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "update",
  "updateMany",
  "delete",
  "deleteMany",
  "count",
  "aggregate",
  "groupBy",
  "upsert",
]);
const combinators = ["AND", "OR", "NOT"];

/** Keys whose value is undefined, at the top level and inside AND / OR / NOT. */
export function undefinedKeys(where: unknown, prefix = ""): string[] {
  if (!where || typeof where !== "object") return [];
  return Object.entries(where).flatMap(([k, v]) => {
    if (v === undefined) return [prefix + k];
    if (!combinators.includes(k)) return [];
    const parts = Array.isArray(v) ? v : [v];
    return parts.flatMap((part, i) => undefinedKeys(part, `${prefix}${k}[${i}].`));
  });
}

export const guardUndefinedFilters = Prisma.defineExtension({
  name: "guard-undefined-filters",
  query: {
    $allModels: {
      $allOperations({ model, operation, args, query }) {
        if (filtered.has(operation)) {
          const bad = undefinedKeys((args as { where?: unknown }).where);
          if (bad.length) throw new Error(`${model}.${operation}: where.${bad.join(", where.")} is undefined`);
        }
        return query(args);
      },
    },
  },
});
