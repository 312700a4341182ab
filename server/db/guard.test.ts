import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "./generated/client";
import { guardUndefinedFilters, undefinedKeys } from "./guard";

describe("undefinedKeys", () => {
  it("names every key of a where whose value is undefined", () => {
    expect(undefinedKeys({ id: undefined, customerId: "c", userId: undefined })).toEqual(["id", "userId"]);
  });

  it("accepts null (an explicit IS NULL filter) and nested operators", () => {
    expect(undefinedKeys({ readAt: null, id: { in: [] }, AND: [{ id: "x" }] })).toEqual([]);
  });

  it("has nothing to say about a missing or non-object where", () => {
    expect(undefinedKeys(undefined)).toEqual([]);
    expect(undefinedKeys(null)).toEqual([]);
    expect(undefinedKeys("id")).toEqual([]);
    expect(undefinedKeys({})).toEqual([]);
  });
});

describe("guardUndefinedFilters", () => {
  // Never connects: the guard refuses before a query is sent (the address is unroutable on purpose).
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://nobody:x@127.0.0.1:1/none" }) }).$extends(
    guardUndefinedFilters,
  );

  it("refuses a filter with an undefined value instead of widening it to every row", async () => {
    await expect(db.notification.findMany({ where: { userId: undefined } })).rejects.toThrow(
      "Notification.findMany: where.userId is undefined",
    );
    await expect(db.service.updateMany({ where: { id: undefined, customerId: undefined }, data: { label: "x" } })).rejects.toThrow(
      "where.id, where.customerId is undefined",
    );
    await expect(db.user.count({ where: { id: undefined } })).rejects.toThrow("User.count");
  });
});
