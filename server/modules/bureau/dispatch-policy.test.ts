import { describe, expect, it } from "vitest";
import { ineligibility, rankTechnicians } from "./dispatch-policy";

const tech = (name: string, skills: ("broadband" | "tv" | "mobile")[], areas: string[], load = 0) => ({
  id: name,
  name,
  skills,
  areas,
  load,
});

describe("dispatch policy", () => {
  it("needs the service kind's skill and the ticket's area; a line without an area needs only the skill", () => {
    expect(ineligibility(tech("a", ["broadband"], ["Praha"]), { serviceKind: "broadband", area: "Praha" })).toEqual([]);
    expect(ineligibility(tech("a", ["tv"], ["Praha"]), { serviceKind: "broadband", area: "Praha" })).toEqual(["skill"]);
    expect(ineligibility(tech("a", ["broadband"], ["Brno"]), { serviceKind: "broadband", area: "Praha" })).toEqual(["area"]);
    expect(ineligibility(tech("a", [], []), { serviceKind: "tv", area: "Praha" })).toEqual(["skill", "area"]);
    expect(ineligibility(tech("a", ["mobile"], []), { serviceKind: "mobile", area: null })).toEqual([]);
  });

  it("puts eligible technicians first, the least loaded on top", () => {
    const ranked = rankTechnicians(
      [tech("Busy", ["tv"], ["Praha"], 3), tech("Far", ["tv"], ["Brno"], 0), tech("Free", ["tv"], ["Praha"], 1)],
      { serviceKind: "tv", area: "Praha" },
    );
    expect(ranked.map((t) => [t.name, t.ineligible])).toEqual([
      ["Free", []],
      ["Busy", []],
      ["Far", ["area"]],
    ]);
  });
});
