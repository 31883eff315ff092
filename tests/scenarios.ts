// The seed case studies that more than one kind of test uses, written once.
// Dates are "months before today", so the same case works on a unit test's
// fixed day and in a browser test run today.

/** An organisation in a scenario: its directory entry, what to search for, and its own complaints process. */
export type ScenarioOrganisation = {
  id: string;
  type: "council" | "nhs-trust" | "icb" | "health-board";
  code: string;
  name: string;
  search: string;
  complaint:
    | { status: "final-response"; madeMonthsAgo: number; finalMonthsAgo: number }
    | { status: "awaiting-response"; madeMonthsAgo: number }
    | { status: "not-made" };
};

/**
 * Seed A, "Duncan": his brother-in-law complains, with Duncan's agreement,
 * about the council, the hospital trust and the ICB (once a CCG) that left him
 * waiting for a continuing healthcare assessment. The council has answered;
 * the trust has had two months; the ICB has been silent for seven.
 */
export const DUNCAN = {
  relationship: "relative-or-friend",
  person: { name: "Duncan Reid", status: "can-consent", consent: "given" },
  complainant: { name: "Alan Reid", email: "alan.reid@example.org", phone: "07700 900982" },
  organisations: [
    { id: "c1", type: "council", code: "E10000003", name: "Cambridgeshire County Council", search: "Cambridgeshire", complaint: { status: "final-response", madeMonthsAgo: 9, finalMonthsAgo: 7 } },
    { id: "t2", type: "nhs-trust", code: "RGT", name: "Cambridge University Hospitals NHS Foundation Trust", search: "Cambridge University", complaint: { status: "awaiting-response", madeMonthsAgo: 2 } },
    { id: "i3", type: "icb", code: "S1Y5D", name: "NHS Central East Integrated Care Board", search: "Central East", complaint: { status: "awaiting-response", madeMonthsAgo: 7 } },
  ] as ScenarioOrganisation[],
  startedMonthsAgo: 10,
  endedMonthsAgo: 2,
  awareMonthsAgo: 10,
  description: "Duncan waited seven months for a continuing healthcare assessment.\nThe council said the NHS was responsible; the hospital said it was the council.",
  impact: "He stayed in a care home he did not need and paid £9,400 in charges.",
  impactOnComplainant: "I visited every day and took unpaid leave from work.",
  putRight: ["apology", "payment", "other"] as string[],
  putRightOther: "A named person to coordinate his care.",
  needs: "I have hearing loss: please email rather than phone.",
  /** What the routing engine should make of it. */
  expected: { outcome: "ready", ombudsmen: ["lgsco", "phso"], jointWorking: "joint-working-team", localProcess: ["complete", "in-progress", "response-overdue"] },
} as const;

/** The month and year `months` before `today` (YYYY-MM-DD). */
export function monthsBefore(today: string, months: number): { month: number; year: number } {
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - months;
  return { month: (index % 12) + 1, year: Math.floor(index / 12) };
}

/** The 15th of the month `months` before `today`, for rules that need a day. */
export function dayMonthsBefore(today: string, months: number): string {
  const { month, year } = monthsBefore(today, months);
  return `${year}-${String(month).padStart(2, "0")}-15`;
}
