import { formatDate, reasonTexts } from "~/routing/texts";
import { caseworkerEmail } from "./caseworker.server";
import { duncan, freeText, gail, mair, phrases, rhian, threeNations } from "./test-fixtures";

describe("caseworkerEmail", () => {
  it("is in English for a Welsh complaint, with how to reply first", () => {
    const { text, html } = caseworkerEmail(rhian, "psow");
    expect(html).toMatch(/<html lang="en"/);
    expect(text).toContain("Reply language\nWelsh (letters and emails in Welsh)");
    expect(text).toContain("Contact by\nPost: 12 Stryd Fawr, Y Drenewydd, SY16 2AA");
    expect(text).toContain("Communication needs and adjustments\nRwy'n defnyddio Iaith Arwyddion Prydain.");
    expect(text).toContain("Language of the form\nWelsh");
    expect(text.indexOf("Communication needs")).toBeLessThan(text.indexOf("Routing"));
    for (const phrase of phrases("cy", ["email", "journey", "common", "routing"])) expect(text).not.toContain(phrase);
  });

  it.each([
    [duncan, "New complaint AB3D5F7H — joint (LGSCO/PHSO) — 3 organisations"],
    [rhian, "New complaint HK7M2P9Q — cross-border (PHSO/PSOW) — 2 organisations"],
    [gail, "New complaint GD4F6H8J — PHSO — 1 organisation"],
  ])("has a subject a caseworker can sort by: %#", (complaint, subject) => {
    expect(caseworkerEmail(complaint, complaint.teams[0] ?? "lgsco").subject).toBe(subject);
  });

  it("gives every team the same reference and names all the teams", () => {
    expect(threeNations.teams).toEqual(["jwt", "psow"]);
    for (const team of threeNations.teams) {
      const { text } = caseworkerEmail(threeNations, team);
      expect(text).toContain("Reference\nQW3E5R7T");
      expect(text).toContain("Every team below received this complaint with the same reference:");
      expect(text).toContain("Joint Working Team of the Local Government and Social Care Ombudsman and the Parliamentary and Health Service Ombudsman");
      expect(text).toContain("Public Services Ombudsman for Wales");
      expect(text.match(/\(this email\)/g)).toHaveLength(1);
    }
    expect(caseworkerEmail(threeNations, "psow").text).toContain("- Public Services Ombudsman for Wales (this email)");
    expect(caseworkerEmail(threeNations, "jwt").text).toContain("Parliamentary and Health Service Ombudsman (this email)");
  });

  it("shows the routing result and each organisation in full", () => {
    const { text } = caseworkerEmail(duncan, "jwt");
    expect(text).toContain("Outcome\nReady for an ombudsman");
    expect(text).toContain("Ombudsmen\nLocal Government and Social Care Ombudsman\nParliamentary and Health Service Ombudsman");
    expect(text).toContain("Joint working\nThe Joint Working Team may take it (their decision)");
    expect(text).toContain(`Time limit\nWithin: the last day is ${formatDate(duncan.routing.timeLimitEndsOn, "en")}`);
    expect(text).toContain("Consent\nGiven");
    expect(text).toContain("MP referral needed\nNo");
    expect(text).toContain("Submitted\n22 November 2026 at 14:05");
    expect(text).toContain(
      "Organisation 2: Cambridge University Hospitals NHS Foundation Trust\nType: NHS trust\nCountry: England\nCode: RGT\nOmbudsman: Parliamentary and Health Service Ombudsman\nIts complaints process: Still in progress\nComplained: September 2026\nReasonable time to reply ends: 30 March 2027",
    );
    expect(text).toContain("Final response: April 2026");
    for (const reason of reasonTexts(duncan.routing.reasons, "en")) expect(text).toContain(reason.text);

    const late = caseworkerEmail(gail, "phso").text;
    expect(gail.routing.timeLimit).toBe("outside");
    expect(late).toContain(`Time limit\nOutside: the last day was ${formatDate(gail.routing.timeLimitEndsOn, "en")}`);
    expect(late).toContain("Consent\nThe ombudsman decides whether the representative is suitable");
  });

  it("records how consent was given or is to be given", () => {
    expect(caseworkerEmail(duncan, "jwt").text).toContain(
      "How agreement is given\nThe person affected confirmed on the complainant's device\n\nConfirmed by (name typed)\nDuncan Reid\n\nConfirmed\n22 November 2026 at 14:05",
    );
    const pending = caseworkerEmail(mair, "psow").text;
    expect(pending).toContain("How agreement is given\nLink emailed to the person affected\n\nConfirmed by (name typed)\nNot confirmed yet");
    expect(pending).toContain("Request emailed to\nmair.jones@example.org\n\nLanguage of the request\nWelsh");
    expect(pending).toContain("Consent\nNeeded: not confirmed yet");
    const evidence = caseworkerEmail(gail, "phso").text;
    expect(evidence).toContain("Evidence the representative says they have\nGrant of probate");
    expect(evidence).toContain("Sharing with the organisations and other ombudsmen\nAgreed");
    expect(evidence).toContain("Declared true to the best of their knowledge\nYes, 22 November 2026 at 14:05");
  });

  it("includes the whole complaint, unanswered questions marked", () => {
    const { text } = caseworkerEmail(duncan, "jwt");
    for (const words of freeText(duncan.answers)) expect(text).toContain(words);
    expect(text).toContain("Address\nNone given");
    expect(caseworkerEmail(rhian, "phso").text).toContain("Ces i fy rhyddhau o'r ysbyty heb gynllun gofal.\nNi threfnodd y cyngor");
  });
});
