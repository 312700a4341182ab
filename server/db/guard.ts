import { Prisma } from "./generated/client";

// `where: { id: undefined }` means "no filter" to Prisma: one missing value would return every row.
// Refuse it outright so a forgotten id or scope can never widen a query.
const filtered = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany",
  "update", "updateMany", "delete", "deleteMany", "count", "aggregate", "upsert"]);

export function undefinedKeys(where: unknown): string[] {
  if (!where || typeof where !== "object") return [];
  return Object.entries(where).filter(([, v]) => v === undefined).map(([k]) => k);
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
