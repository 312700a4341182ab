import { describe, expect, it } from "vitest";
import { listPage, matches, parseListQuery, project, type TmfResource } from "./query";

const ticket = (id: string, status: string, party: string): TmfResource => ({
  id,
  href: `/t/${id}`,
  "@type": "TroubleTicket",
  status,
  severity: "Minor",
  relatedParty: [
    { id: party, role: "customer" },
    { id: "x", role: "reporter" },
  ],
  billingAccount: { id: `ba-${party}` },
});

describe("TMF list queries", () => {
  it("reads fields, offset and limit apart from the attribute filters", () => {
    expect(parseListQuery(new URLSearchParams("fields=status,%20name&offset=2&limit=5&status=held&relatedParty.id=p"))).toEqual({
      fields: ["status", "name"],
      filters: [
        ["status", "held"],
        ["relatedParty.id", "p"],
      ],
      offset: 2,
      limit: 5,
    });
    expect(parseListQuery(new URLSearchParams(""))).toMatchObject({ fields: null, filters: [], offset: 0, limit: 100 });
  });

  it("refuses offsets and limits that are not whole numbers in range", () => {
    for (const q of ["offset=-1", "offset=1.5", "limit=0", "limit=1001", "limit=ten"]) {
      expect(() => parseListQuery(new URLSearchParams(q)), q).toThrow(/must be an integer/);
    }
  });

  it("matches exact values, along nested paths and any element of an array", () => {
    const t = ticket("1", "held", "anna");
    expect(matches(t, [["status", "held"]])).toBe(true);
    expect(matches(t, [["status", "hel"]])).toBe(false);
    expect(matches(t, [["relatedParty.id", "anna"]])).toBe(true);
    expect(matches(t, [["relatedParty.id", "x"]])).toBe(true);
    expect(matches(t, [["billingAccount.id", "ba-anna"]])).toBe(true);
    expect(matches(t, [["billingAccount", "[object Object]"]])).toBe(false);
    expect(
      matches(t, [
        ["status", "held"],
        ["relatedParty.id", "bob"],
      ]),
    ).toBe(false);
  });

  it("keeps the fields asked for plus id, href and @type", () => {
    expect(project(ticket("1", "held", "a"), ["status", "relatedParty.id"])).toEqual({
      id: "1",
      href: "/t/1",
      "@type": "TroubleTicket",
      status: "held",
      relatedParty: ticket("1", "held", "a").relatedParty,
    });
    expect(project(ticket("1", "held", "a"), null)).toEqual(ticket("1", "held", "a"));
  });

  it("pages after filtering: total is every match, the page at most limit", () => {
    const all = ["held", "resolved", "held", "held"].map((s, i) => ticket(String(i), s, "a"));
    const q = parseListQuery(new URLSearchParams("status=held&offset=1&limit=1&fields=status"));
    expect(listPage(all, q)).toEqual({ page: [{ id: "2", href: "/t/2", "@type": "TroubleTicket", status: "held" }], total: 3 });
  });
});
