// What every message shares: the person's words escaped and kept, and a text part that says what the HTML says.
import { caseworkerEmail } from "./caseworker.server";
import { confirmationEmail } from "./confirmation.server";
import { consentAnswerEmail } from "./consent-answer.server";
import { consentRequestEmail, saveReturnEmail } from "./link-emails.server";
import type { SubmissionEmail } from "./blocks.server";
import { ALL, duncan, expectSameFacts, submitted, SUBMITTED } from "./test-fixtures";

describe("what the person typed", () => {
  const evil = `<script>alert("x")</script> & <b>bold</b>`;
  const hostile = submitted("XS5S7S9S", "en", { ...duncan.answers, whatHappened: { description: evil } }, duncan.consent);

  it.each([
    ["confirmation", confirmationEmail(hostile, "en")],
    ["caseworker", caseworkerEmail(hostile, "jwt")],
  ])("is escaped in the %s HTML and kept as typed in the text", (_, email) => {
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<b>bold");
    expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    expect(email.text).toContain(evil);
  });

  it("is never read as a translation key or placeholder", () => {
    const name = "{{personName}} $t(email:footer)";
    const { text } = consentRequestEmail({ lang: "en", link: "https://example.org/en/consent/abc", representativeName: name, personName: "Mair", expiresOn: "2026-12-22" });
    expect(text).toContain(`${name} has made a complaint`);
  });
});

describe("the text part", () => {
  const emails: Array<[string, SubmissionEmail]> = [
    ...Object.entries(ALL).flatMap(([name, complaint]): Array<[string, SubmissionEmail]> => [
      [`${name}: confirmation in English`, confirmationEmail(complaint, "en")],
      [`${name}: confirmation in Welsh`, confirmationEmail(complaint, "cy")],
      ...complaint.teams.map((team): [string, SubmissionEmail] => [`${name}: caseworker (${team})`, caseworkerEmail(complaint, team)]),
    ]),
    ["consent request", consentRequestEmail({ lang: "cy", link: "https://example.org/cy/consent/abc", representativeName: "Ceri", personName: "Mair", expiresOn: "2026-12-22" })],
    ["save and return", saveReturnEmail({ lang: "en", link: "https://example.org/en/return/abc", expiresOn: "2026-12-22" })],
    ["consent answer", consentAnswerEmail({ reference: "MN2P4Q6R", team: "psow", decision: "agreed", name: "Mair Jones", answeredAt: SUBMITTED })],
  ];

  it.each(emails)("says what the HTML says: %s", (_, email) => {
    expectSameFacts(email);
  });
});
