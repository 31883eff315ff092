import { confirmationEmail } from "./confirmation.server";
import { ALL, duncan, freeText, gail, mair, phrases, rhian, submitted, visibleLines } from "./test-fixtures";

describe("confirmationEmail", () => {
  it("is written in the language asked for, not the form's", () => {
    const welsh = confirmationEmail(rhian, "cy");
    expect(welsh.subject).toBe("Cwyn wedi'i hanfon: eich cyfeirnod yw HK7M2P9Q");
    for (const phrase of ["Mae eich cwyn wedi'i hanfon", "Eich cyfeirnod", "Beth sy'n digwydd nesaf", "Bydd yr ombwdsmyn yn ysgrifennu atoch chi", "Copi o'ch cwyn"]) {
      expect(welsh.text).toContain(phrase);
    }
    for (const phrase of phrases("en", ["email", "journey", "common"])) expect(welsh.text).not.toContain(phrase);
    expect(welsh.html).toMatch(/<html lang="cy"/);

    const english = confirmationEmail(rhian, "en");
    expect(english.subject).toBe("Complaint sent: your reference is HK7M2P9Q");
    for (const phrase of phrases("cy", ["email", "journey", "common"])) expect(english.text).not.toContain(phrase);
  });

  it("gives the reference in the subject, in its box and in the text", () => {
    const { subject, html, text, tag } = confirmationEmail(duncan, "en");
    expect(subject).toContain("AB3D5F7H");
    expect(html).toMatch(/letter-spacing:2px;color:#ffffff;">AB3D5F7H<\/p>/);
    expect(text).toContain("Your reference\nAB3D5F7H");
    expect(text).toContain("give your reference: AB3D5F7H.");
    expect(tag).toBe("confirmation");
  });

  it.each(Object.entries(ALL))("contains everything %s wrote, line breaks kept", (_, complaint) => {
    const { html, text } = confirmationEmail(complaint, complaint.answers.preferences?.letterLanguage ?? complaint.lang);
    const seen = visibleLines(html).join("\n");
    for (const words of freeText(complaint.answers)) {
      expect(text).toContain(words);
      expect(seen).toContain(words);
    }
  });

  it("says who has the complaint and that the ombudsmen may work on it together", () => {
    const joint = confirmationEmail(duncan, "en").text;
    expect(joint).toContain("We have sent your complaint to:\n\n- Joint Working Team of the Local Government and Social Care Ombudsman and the Parliamentary and Health Service Ombudsman");
    expect(joint).toContain("through their Joint Working Team. They decide whether to.");
    expect(joint).toContain("The ombudsman will write to you, usually within a few weeks");
    expect(joint).not.toContain("the same reference");

    const crossBorder = confirmationEmail(rhian, "cy").text;
    expect(crossBorder).toContain("- Ombwdsmon Seneddol a Gwasanaeth Iechyd (Parliamentary and Health Service Ombudsman)\n- Ombwdsmon Gwasanaethau Cyhoeddus Cymru");
    expect(crossBorder).toContain("Mae gan bob un ohonyn nhw'r un gŵyn a'r un cyfeirnod.");
    expect(crossBorder).toContain("efallai y byddan nhw'n edrych arni gyda'i gilydd");
  });

  it("lists each organisation with its ombudsman and where its own complaints process is", () => {
    const { text } = confirmationEmail(duncan, "en");
    expect(text).toContain(
      "Cambridge University Hospitals NHS Foundation Trust\nParliamentary and Health Service Ombudsman\nIts complaints process: Still in progress\n",
    );
    expect(text).toContain("Cambridgeshire County Council\nLocal Government and Social Care Ombudsman\nIts complaints process: Finished: final response received");
    expect(text).toContain("Its complaints process: No final reply yet: the ombudsman may decide the organisation has had long enough");
  });

  it("points to free advocacy for the nations involved and to each ombudsman's contact details", () => {
    const england = confirmationEmail(duncan, "en").text;
    expect(england).toContain("NHS Complaints Advocacy\nFree, independent help to make a complaint about NHS care in England. Your local council can tell you who provides it in your area.");
    expect(england).not.toContain("Llais");
    expect(england).toContain("Local Government and Social Care Ombudsman\nPhone: 0300 061 0614\nWebsite: https://www.lgo.org.uk");
    expect(england).toContain("Parliamentary and Health Service Ombudsman\nPhone: 0345 015 4033\nText for a call back: 07624 813 005");

    // Llais helps with NHS and social care in Wales: Mair's health board, not Rhian's council matter.
    const healthBoard = confirmationEmail(mair, "cy").text;
    expect(healthBoard).toContain("Llais\nHelp annibynnol am ddim");
    expect(healthBoard).toContain("Gwefan: https://www.llaiswales.org");
    const wales = confirmationEmail(rhian, "cy").text;
    expect(wales).not.toContain("llaiswales.org");
    expect(wales).toContain("Eiriolaeth Cwynion y GIG (NHS Complaints Advocacy)");
    expect(wales).toContain("Ombwdsmon Gwasanaethau Cyhoeddus Cymru\nFfôn: 0300 790 0203\nE-bost: ask@ombudsman.wales\nGwefan: https://www.ombwdsmon.cymru");
  });

  it("tells someone complaining for another person what the ombudsman still needs", () => {
    const toFollow = confirmationEmail(mair, "en").text;
    expect(toFollow).toContain("Complaining for someone else\n");
    expect(toFollow).toContain("We have emailed the person you are complaining for a link");
    expect(toFollow).not.toContain("mair.jones@example.org");

    const deceased = confirmationEmail(gail, "en").text;
    expect(deceased).toContain("The ombudsman will decide whether you can complain for them.");
    expect(deceased).toContain("You said you have:\n\n- Grant of probate\n\nThe ombudsman may ask to see a copy.");

    expect(confirmationEmail(duncan, "en").text).not.toContain("Complaining for someone else");
    expect(confirmationEmail(rhian, "en").text).not.toContain("Complaining for someone else");
  });

  it("leaves out what the person did not give", () => {
    const { text } = confirmationEmail(duncan, "en");
    expect(text).not.toMatch(/^Address$/m);
    expect(text).not.toMatch(/^Why not sooner$/m);
    expect(text).not.toContain("None given");
    expect(confirmationEmail(gail, "en").text).toContain("Why not sooner\nI was grieving and waited for the inquest to finish.");
  });

  it("mentions services it did not send the complaint to", () => {
    const landlord = submitted("LL2M3N4P", "en", {
      ...duncan.answers,
      organisations: [
        ...(duncan.answers.organisations ?? []).slice(0, 1),
        { id: "h9", type: "social-landlord", name: "Example Homes", nation: "england", local: { status: "final-response", madeOn: { month: 5, year: 2026 }, finalResponseOn: { month: 7, year: 2026 } } },
      ],
    }, duncan.consent);
    const { text } = confirmationEmail(landlord, "en");
    expect(text).toContain("We have not sent your complaint to them. If you want them to look at it, contact them yourself:\n\n- Housing Ombudsman");
    expect(text).toContain("Housing Ombudsman\nPhone: 0300 111 3000");
  });
});
