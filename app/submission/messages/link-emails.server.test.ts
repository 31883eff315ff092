import type { Lang } from "~/i18n/config";
import { consentRequestEmail, saveReturnEmail } from "./link-emails.server";
import { phrases } from "./test-fixtures";

describe("consentRequestEmail", () => {
  const request = (lang: Lang) =>
    consentRequestEmail({ lang, link: `https://example.org/${lang}/consent/tok3n`, representativeName: "Ceri Advocate", personName: "Mair Jones", expiresOn: "2026-12-22" });

  it("asks the person affected, in Welsh, with the link and when it stops working", () => {
    const { subject, html, text, tag } = request("cy");
    expect(tag).toBe("consent-request");
    expect(subject).toBe("Mae rhywun wedi gwneud cwyn ar eich rhan: ydych chi'n cytuno?");
    expect(html).toContain('href="https://example.org/cy/consent/tok3n"');
    expect(text).toContain("Helo Mair Jones,");
    expect(text).toContain("Mae Ceri Advocate wedi gwneud cwyn i ombwdsmon ar eich rhan");
    expect(text).toContain("cofnodion iechyd a gofal");
    expect(text).toContain("rhannu'r gŵyn â'r sefydliadau");
    expect(text).toContain("Gallwch chi ddweud na");
    expect(text).toContain("Dim ond unwaith mae'r ddolen yn gweithio, a hynny tan 22 Rhagfyr 2026.");
    for (const phrase of phrases("en", ["email", "common"])) expect(text).not.toContain(phrase);
  });

  it("explains in English what agreeing means and that they can say no", () => {
    const { subject, text } = request("en");
    expect(subject).not.toMatch(/Ceri|Mair/);
    expect(text).toContain("Ceri Advocate can deal with the ombudsman for you about the complaint");
    expect(text).toContain("the ombudsman may look at your health and care records");
    expect(text).toContain("the ombudsman may share the complaint with the organisations involved");
    expect(text).toContain("You do not have to agree.");
    expect(text).toContain("Tell us whether you agree: https://example.org/en/consent/tok3n");
    expect(text).toContain("The link works once, until 22 December 2026.");
  });
});

describe("saveReturnEmail", () => {
  it("gives the single-use link, when it expires and how to get another", () => {
    const { subject, text, tag } = saveReturnEmail({ lang: "en", link: "https://example.org/en/return/tok3n", expiresOn: "2026-12-22" });
    expect(tag).toBe("save-return");
    expect(subject).toBe("Your answers are saved");
    expect(text).toContain("Continue your complaint: https://example.org/en/return/tok3n");
    expect(text).toContain("The link works once, until 22 December 2026.");
    expect(text).toContain("If you need a new link");
    const welsh = saveReturnEmail({ lang: "cy", link: "https://example.org/cy/return/tok3n", expiresOn: "2026-12-22" }).text;
    expect(welsh).toContain("Parhau â'ch cwyn: https://example.org/cy/return/tok3n");
    expect(welsh).toContain("tan 22 Rhagfyr 2026");
  });

  it("holds nothing but the link and its date", () => {
    const one = saveReturnEmail({ lang: "en", link: "https://example.org/en/return/first", expiresOn: "2026-12-22" });
    const two = saveReturnEmail({ lang: "en", link: "https://example.org/en/return/second", expiresOn: "2027-01-05" });
    const differ = (a: string, b: string) => a.split("\n").filter((line, index) => line !== b.split("\n")[index]);
    expect(differ(one.text, two.text)).toEqual(["Continue your complaint: https://example.org/en/return/first", "The link works once, until 22 December 2026. After that date, your answers are deleted."]);
  });
});
