import { consentAnswerEmail } from "./consent-answer.server";
import { SUBMITTED } from "./test-fixtures";

describe("consentAnswerEmail", () => {
  it("tells the team, in English, what the person affected answered", () => {
    const { subject, text } = consentAnswerEmail({ reference: "MN2P4Q6R", team: "psow", decision: "refused", name: "Mair Jones", answeredAt: SUBMITTED });
    expect(subject).toBe("Consent answer for complaint MN2P4Q6R: refused");
    expect(text).toContain("Their answer\nThey do not agree to the representative complaining for them");
    expect(text).toContain("Name they typed\nMair Jones");
  });
});
