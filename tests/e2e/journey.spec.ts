import { expect, test } from "@playwright/test";
import { LANGS } from "./helpers";
import { DUNCAN } from "../scenarios";
import { duncanScenario, JourneyDriver, monthsAgo, type Scenario } from "./journey-driver";

// Whole journeys, in English and Welsh, with JavaScript on and off (the two
// projects), every page scanned with axe.

const story = {
  description: "My father waited months for an assessment and nobody would take responsibility for his care.",
  started: monthsAgo(10),
  ongoing: false,
  ended: monthsAgo(6),
  aware: monthsAgo(9),
  impact: "He was stuck in a care home he did not need, and paid charges he should not have paid.",
  putRight: ["apology", "payment"],
  legal: { action: "none", court: "no" as const },
};

const SCENARIOS: Array<{ name: string; scenario: Scenario; expect: { outcome: string; joint: string; ombudsmen: string; canContinue: boolean } }> = [
  {
    name: "a joint England case like Duncan's: council, trust and ICB",
    scenario: duncanScenario(),
    expect: { outcome: DUNCAN.expected.outcome, joint: DUNCAN.expected.jointWorking, ombudsmen: DUNCAN.expected.ombudsmen.join(" "), canContinue: true },
  },
  {
    name: "a Welsh case: a health board that has replied",
    scenario: {
      ...story,
      who: "person-affected",
      orgs: [{ type: "health-board", search: "Betsi", code: "7A1", complaint: { status: "final-response", made: monthsAgo(5), final: monthsAgo(3) } }],
    },
    expect: { outcome: "ready", joint: "none", ombudsmen: "psow", canContinue: true },
  },
  {
    name: "a cross-border case: a Welsh council and an English hospital",
    scenario: {
      ...story,
      who: "advocate",
      person: { name: "Rhian Example", status: "lacks-capacity", authority: "none" },
      orgs: [
        { type: "council", search: "Powys", code: "W06000023", complaint: { status: "final-response", made: monthsAgo(5), final: monthsAgo(3) } },
        { type: "nhs-trust", search: "Shrewsbury", code: "RXW", complaint: { status: "final-response", made: monthsAgo(5), final: monthsAgo(2) } },
      ],
    },
    expect: { outcome: "ready", joint: "cross-border", ombudsmen: "phso psow", canContinue: true },
  },
  {
    name: "a too-early case: a GP practice not yet complained to",
    scenario: {
      ...story,
      who: "person-affected",
      orgs: [{ type: "gp-practice", name: "Riverside Surgery", nation: "england", complaint: { status: "not-made" } }],
    },
    expect: { outcome: "complain-to-organisations-first", joint: "none", ombudsmen: "phso", canContinue: false },
  },
  {
    name: "a case for somewhere else: a housing association in England",
    scenario: {
      ...story,
      who: "person-affected",
      orgs: [{ type: "social-landlord", name: "Example Homes", nation: "england", complaint: { status: "final-response", made: monthsAgo(4), final: monthsAgo(2) } }],
    },
    expect: { outcome: "not-for-these-ombudsmen", joint: "none", ombudsmen: "housing-ombudsman", canContinue: false },
  },
  {
    name: "a representative for someone who has died, out of time",
    scenario: {
      ...story,
      who: "relative-or-friend",
      person: { name: "Gail Example", status: "deceased", authority: "personal-representative" },
      orgs: [
        { type: "care-provider", name: "Meadow View Care Home", nation: "england", funding: "council", complaint: { status: "final-response", made: monthsAgo(15), final: monthsAgo(14) } },
        { type: "nhs-trust", search: "Newcastle", code: "RTD", complaint: { status: "final-response", made: monthsAgo(15), final: monthsAgo(13) } },
      ],
      started: monthsAgo(26),
      ended: monthsAgo(24),
      aware: monthsAgo(24),
      delayReason: "I was grieving and then waited a long time for the hospital's reply.",
    },
    expect: { outcome: "ready", joint: "joint-working-team", ombudsmen: "lgsco phso", canContinue: true },
  },
];

for (const lang of LANGS) {
  for (const { name, scenario, expect: expected } of SCENARIOS) {
    test(`${lang}: ${name}`, async ({ page }) => {
      test.setTimeout(180_000);
      const journey = new JourneyDriver(page, lang);
      await journey.tellStory(scenario);
      const outcome = page.locator("[data-outcome]");
      await expect(outcome).toHaveAttribute("data-outcome", expected.outcome);
      await expect(outcome).toHaveAttribute("data-joint-working", expected.joint);
      await expect(outcome).toHaveAttribute("data-ombudsmen", expected.ombudsmen);
      const next = page.locator("#step-form > button.govuk-button");
      if (!expected.canContinue) {
        await expect(next).toHaveCount(0);
        return;
      }
      await journey.giveContactDetails(scenario);
      const main = page.locator("main");
      await expect(main).toContainText(scenario.description);
      for (const org of scenario.orgs) if (org.name) await expect(main).toContainText(org.name);
      if (scenario.person) await expect(main).toContainText(scenario.person.name);
    });
  }
}
