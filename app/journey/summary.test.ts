// The answers as labelled rows, in English and Welsh: every row translated,
// every change link pointing at a real step, free text kept as typed.
import { createI18n } from "~/i18n/instance";
import { loadResources } from "~/i18n/resources.server";
import type { Lang } from "~/i18n/config";
import type { Answers } from "./answers";
import { summarise, type SummarySection } from "./summary";
import type { OrgView } from "./view";
import { refFromSlug } from "./walk";
import { gpPractice, healthBoard, lookup, representativeAnswers, selfAnswers } from "./test-support";

const t = (lang: Lang) => createI18n(lang, loadResources()[lang]).getFixedT(lang, "journey");

const orgViews = (answers: Answers): OrgView[] =>
  (answers.organisations ?? []).map((org) => {
    const known = org.code ? lookup(org.code) : undefined;
    return { id: org.id, type: org.type, name: known?.name ?? org.name, nation: known?.nation ?? org.nation, funding: org.funding, local: org.local, complete: true };
  });

function sections(answers: Answers, lang: Lang = "en"): SummarySection[] {
  return summarise(answers, orgViews(answers), t(lang));
}

const allRows = (all: SummarySection[]) => all.flatMap((s) => [...s.rows, ...s.cards.flatMap((card) => card.rows)]);
const row = (all: SummarySection[], key: string) => allRows(all).find((r) => r.key === key);
const value = (answers: Answers, key: string, lang: Lang = "en") => row(sections(answers, lang), key)?.value;

describe("month and year in words", () => {
  it.each<[number, number, Lang, string]>([
    [3, 2026, "en", "March 2026"],
    [12, 1999, "en", "December 1999"],
    [2, 2024, "en", "February 2024"],
    [3, 2026, "cy", "Mawrth 2026"],
    [1, 2025, "cy", "Ionawr 2025"],
  ])("%i/%i in %s is %s", (month, year, lang, expected) => {
    const label = lang === "cy" ? "Wedi dechrau" : "Started";
    expect(value(selfAnswers({ dates: { started: { month, year }, ongoing: true, aware: { month, year } } }), label, lang)).toBe(expected);
  });
});

describe("summarise", () => {
  it("shows the person affected's section only to a representative", () => {
    expect(sections(selfAnswers()).map((s) => s.id)).toEqual(["you", "organisations", "complaint", "contact"]);
    expect(sections(representativeAnswers()).map((s) => s.id)).toEqual(["you", "person", "organisations", "complaint", "contact"]);
  });

  it.each<[string, Answers, string, string | undefined]>([
    ["someone at risk", selfAnswers({ risk: { riskNow: "yes" } }), "Anyone at risk of harm now", "Yes"],
    ["the person affected", selfAnswers(), "Who is complaining", "I am the person affected"],
    ["someone else, in their words", selfAnswers({ who: { complainant: "other", otherDescription: "My neighbour" } }), "Who is complaining", "My neighbour"],
    ["consent given", representativeAnswers(), "Their agreement", "Yes, they have agreed"],
    ["an authority", representativeAnswers({ personAffected: { fullName: "G", status: "deceased" }, authority: { authority: "personal-representative" } }), "Your legal authority", "Executor or administrator of their estate"],
    ["still happening", selfAnswers({ dates: { started: { month: 6, year: 2025 }, ongoing: true, aware: { month: 7, year: 2025 } } }), "Stopped", "Still happening"],
    ["stopped", selfAnswers(), "Stopped", "August 2025"],
    ["first knew", selfAnswers(), "First knew", "July 2025"],
    ["outcomes and something else", selfAnswers({ putRight: { outcomes: ["apology", "other"], other: "Training for staff" } }), "What would put it right", "An apology\nSomething else\nTraining for staff"],
    ["no court decision", selfAnswers(), "Court or tribunal decision", "No"],
    ["a court decision, in their words", selfAnswers({ legal: { action: "finished", courtDecided: "yes", details: "Settled" } }), "Court or tribunal decision", "Settled"],
    ["a reason for the delay", selfAnswers({ delay: { reason: "I was ill" } }), "Why not sooner", "I was ill"],
    ["no delay, no row", selfAnswers(), "Why not sooner", undefined],
    ["no effect on you for the person affected", selfAnswers(), "How it affected you", undefined],
    ["the effect on a representative", representativeAnswers(), "How it affected you", "I took time off."],
    ["an address over lines", selfAnswers({ address: { line1: "1 High St", town: "Rhyl", postcode: "LL18 1AA" } }), "Address", "1 High St\nRhyl\nLL18 1AA"],
    ["no phone", selfAnswers(), "Phone number", ""],
    ["contact by email", selfAnswers(), "Contact by", "By email"],
  ])("%s", (_, answers, key, expected) => {
    expect(value(answers, key)).toBe(expected);
  });

  it.each<[string, NonNullable<Answers["organisations"]>[number], Array<[string, string, string]>]>([
    [
      "a directory body that has replied",
      healthBoard(),
      [
        ["Type", "Health board", "organisations/a1/type"],
        ["Organisation", "Betsi Cadwaladr University Health Board\nWales", "organisations/a1/which"],
        ["Your complaint to it", "Complained October 2025, final response December 2025", "organisations/a1/complaint"],
      ],
    ],
    [
      "a GP not yet complained to",
      gpPractice(),
      [
        ["Type", "GP practice", "organisations/b2/type"],
        ["Organisation", "Riverside Surgery\nEngland", "organisations/b2/which"],
        ["Your complaint to it", "Not complained to yet", "organisations/b2/complaint"],
      ],
    ],
    [
      "a care home waiting for a reply",
      gpPractice("b2", { type: "care-provider", name: "Meadow View", funding: "self", local: { status: "awaiting-response", madeOn: { month: 1, year: 2026 } } }),
      [
        ["Type", "Care home or home care provider", "organisations/b2/type"],
        ["Organisation", "Meadow View\nEngland\nThe person paid for it themselves, or their family did", "organisations/b2/which"],
        ["Your complaint to it", "Complained January 2026, waiting for a final response", "organisations/b2/complaint"],
      ],
    ],
  ])("describes %s on its own card, each answer with its question", (_, org, expected) => {
    const card = sections(selfAnswers({ organisations: [org] })).find((s) => s.id === "organisations")?.cards[0];
    expect(card?.orgId).toBe(org.id);
    expect(card?.rows.map((r) => [r.key, r.value, r.slug])).toEqual(expected);
  });

  it("titles each organisation's card with its name, or its number while it has none", () => {
    const cards = sections(selfAnswers({ organisations: [healthBoard(), { id: "c3", type: "gp-practice" }] })).find((s) => s.id === "organisations")?.cards;
    expect(cards?.map((card) => card.title)).toEqual(["Betsi Cadwaladr University Health Board", "Organisation 2"]);
  });

  it("marks what the person typed as free text", () => {
    const free = allRows(sections(representativeAnswers({ who: { complainant: "other", otherDescription: "Neighbour" } })))
      .filter((r) => r.freeText)
      .map((r) => r.key);
    expect(free).toEqual(["Who is complaining", "Name", "What went wrong", "How it affected the person", "How it affected you", "Your name", "Adjustments or help"]);
  });

  it.each<[string, Answers]>([
    ["the person affected", selfAnswers({ delay: { reason: "Ill" }, organisations: [healthBoard(), gpPractice()] })],
    ["a representative", representativeAnswers()],
  ])("links every row of %s to a step that exists", (_, answers) => {
    const broken = allRows(sections(answers))
      .filter((r) => !refFromSlug(r.slug, answers))
      .map((r) => `${r.key} -> ${r.slug}`);
    expect(broken).toEqual([]);
  });

  it.each<Lang>(["en", "cy"])("translates every title, label and code in %s", (lang) => {
    const answers = representativeAnswers({
      risk: { riskNow: "yes" },
      organisations: [healthBoard(), gpPractice("b2", { type: "care-provider", funding: "council" })],
      putRight: { outcomes: ["apology", "explanation", "payment", "service", "change"] },
      legal: { action: "considering", courtDecided: "no" },
      delay: { reason: "x" },
      yourDetails: { fullName: "Sam", email: "sam@example.org", phone: "029 2018 0500" },
      preferences: { method: "post", letterLanguage: "cy", needs: "Large print" },
      address: { line1: "1 High St", town: "Rhyl", postcode: "LL18 1AA" },
    });
    const all = sections(answers, lang);
    const texts = all.flatMap((s) => [s.title, ...s.cards.map((card) => card.title), ...allRows([s]).flatMap((r) => [r.key, ...r.value.split(/\n| · |, /)])]);
    // An untranslated key comes back as itself, e.g. "check.rows.risk" or "bodyType.gp-practice.label".
    expect(texts.filter((text) => /^[\w-]+(\.[\w-]+)+$/.test(text) || text.includes("{{"))).toEqual([]);
    expect(texts.filter((text) => text === "")).toEqual([]);
  });

  it("writes Welsh rows in Welsh", () => {
    const all = sections(selfAnswers(), "cy");
    expect(all.map((s) => s.title)).toEqual(["Amdanoch chi", "Sefydliadau", "Eich cwyn", "Manylion cyswllt"]);
    expect(value(selfAnswers(), "Wedi sylweddoli gyntaf", "cy")).toBe("Gorffennaf 2025");
    expect(value(selfAnswers(), "Math", "cy")).toBe("Bwrdd iechyd");
    expect(value(selfAnswers(), "Sefydliad", "cy")).toBe("Betsi Cadwaladr University Health Board\nCymru");
  });
});
