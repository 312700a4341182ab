import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PageInput, skipTake, toPage } from "./pagination";

describe("PageInput", () => {
  it("defaults to the first page of 20", () => {
    expect(PageInput.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it.each([
    [{ page: 0 }, "page"],
    [{ page: 1.5 }, "page"],
    [{ page: 100_001 }, "page"],
    [{ pageSize: 0 }, "pageSize"],
    [{ pageSize: 101 }, "pageSize"],
    [{ pageSize: "10" }, "pageSize"],
    [{ page: Number.NaN }, "page"],
    [{ page: Number.POSITIVE_INFINITY }, "page"],
  ])("rejects %j naming %s", (input, field) => {
    const result = PageInput.safeParse(input);
    expect(result.success).toBe(false);
    expect([...new Set(result.error?.issues.map((i) => i.path.join(".")))]).toEqual([field]);
  });
});

describe("skipTake", () => {
  it("skips whole pages", () => {
    expect(skipTake({ page: 1, pageSize: 20 })).toEqual({ skip: 0, take: 20 });
    expect(skipTake({ page: 3, pageSize: 7 })).toEqual({ skip: 14, take: 7 });
  });

  it("consecutive pages tile the rows with no gap and no overlap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 100 }), (page, pageSize) => {
        const a = skipTake({ page, pageSize });
        const b = skipTake({ page: page + 1, pageSize });
        expect(a.skip + a.take).toBe(b.skip);
      }),
    );
  });
});

describe("toPage", () => {
  it("counts pages, with at least one page when empty", () => {
    expect(toPage([], 0, { page: 1, pageSize: 20 })).toEqual({ items: [], page: 1, pageSize: 20, total: 0, pageCount: 1 });
    expect(toPage(["a"], 41, { page: 3, pageSize: 20 })).toMatchObject({ total: 41, pageCount: 3, page: 3 });
    expect(toPage([], 40, { page: 1, pageSize: 20 }).pageCount).toBe(2);
  });

  it("pageCount is the smallest number of pages that holds every row", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.integer({ min: 1, max: 100 }), (total, pageSize) => {
        const { pageCount } = toPage([], total, { page: 1, pageSize });
        expect(pageCount * pageSize).toBeGreaterThanOrEqual(total);
        expect(pageCount === 1 || (pageCount - 1) * pageSize < total).toBe(true);
      }),
    );
  });
});
