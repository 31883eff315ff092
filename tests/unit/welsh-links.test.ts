import { describe, expect, it } from "vitest";
import { CALL_CHARGES_URL, CONTACTS } from "~/content/contacts";
import { LICENCE_URLS } from "~/routes/$lang.data-sources";

type ByLang = { readonly en: string; readonly cy: string };

const links: Array<[string, ByLang]> = [
  ["call charges", CALL_CHARGES_URL],
  ...Object.entries(LICENCE_URLS).map(([id, urls]): [string, ByLang] => [`licence ${id}`, urls]),
  ...Object.entries(CONTACTS).map(([id, contact]): [string, ByLang] => [`contact ${id}`, contact.web]),
];

describe("links by page language", () => {
  it("send Welsh pages to GOV.UK's Welsh call-charges guide and the Welsh Open Government Licence", () => {
    expect(CALL_CHARGES_URL.cy).toBe("https://www.gov.uk/costau-galwadau");
    expect(LICENCE_URLS.ogl.cy).toBe("https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/");
    expect(CONTACTS.psow.web.cy).toBe("https://www.ombwdsmon.cymru");
  });

  it("keep English pages on the English versions", () => {
    expect(CALL_CHARGES_URL.en).toBe("https://www.gov.uk/call-charges");
    expect(LICENCE_URLS.ogl.en).toBe("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
    expect(CONTACTS.psow.web.en).toBe("https://www.ombudsman.wales");
  });

  // These publishers have no Welsh version we could confirm (see docs/welsh-style.md).
  // When one is confirmed, give its address for "cy" and take it off this list.
  it("differ between the languages wherever a Welsh version is known", () => {
    const sameInBoth = links.filter(([, urls]) => urls.cy === urls.en).map(([name]) => name);
    expect(sameInBoth).toEqual([
      "licence ccBy",
      "contact lgsco",
      "contact phso",
      "contact housing-ombudsman",
      "contact spso",
      "contact nipso",
      "contact iscas",
      "contact llais",
      "contact nhs-england",
      "contact beacon",
      "contact ico",
    ]);
  });

  it("are all https addresses", () => {
    for (const [name, urls] of links) {
      expect(urls.en, name).toMatch(/^https:\/\//);
      expect(urls.cy, name).toMatch(/^https:\/\//);
    }
  });
});
