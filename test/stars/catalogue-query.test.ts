import { describe, expect, it } from "vitest";
import { exampleProgramme } from "../../src/example/programme.js";
import { parseProgramme } from "../../src/programme/validate.js";
import { queryCatalogue } from "../../src/stars/catalogue-query.js";

const programme = parseProgramme(exampleProgramme);

describe("queryCatalogue (rules A8)", () => {
  it("finds words in the title ignoring case", () => {
    // The title is "Mediawijsheid: nepnieuws herkennen".
    expect(
      queryCatalogue(programme, { year: 2026, text: "mediawijsheid" }).map((c) => c.id),
    ).toEqual(["mediawijsheid-nepnieuws"]);
  });

  it("ignores accents: cafe finds Café", () => {
    // "Meedraaien in het Taalcafé": NFD splits é into e + a combining mark, which is dropped.
    expect(queryCatalogue(programme, { year: 2026, text: "taalcafe" }).map((c) => c.title)).toEqual(
      ["Meedraaien in het Taalcafé"],
    );
    expect(queryCatalogue(programme, { year: 2026, text: "CAFÉ meedraaien" })).toHaveLength(1);
  });

  it("combines filters and sorts by title", () => {
    const mandatory = queryCatalogue(programme, { year: 2026, requirement: "mandatory" });
    const titles = mandatory.map((c) => c.title);
    expect(titles).toEqual([...titles].sort());
    expect(mandatory.every((c) => c.requirement === "mandatory")).toBe(true);
    const media = queryCatalogue(programme, {
      year: 2026,
      spearheads: ["mediawijsheid"],
      stars: [1, 2, 3],
    });
    expect(media.every((c) => c.spearheads.includes("mediawijsheid"))).toBe(true);
  });

  it("gives nothing for an edition that does not exist", () => {
    expect(queryCatalogue(programme, { year: 1999 })).toEqual([]);
  });
});
