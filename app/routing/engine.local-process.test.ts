// Reasonable time for a reply, per ombudsman, tested the day before, on and after its last day.
// The last day itself is not overdue: the organisation may still reply that day.
import { routingConfig } from "./config";
import { routeComplaint } from "./engine";
import type { ReasonCode } from "./reasons";
import { awaiting, body, bodyCodes, finalResponse, notMade, request } from "./test-support";
import type { BodyInput, IsoDate, Ombudsman } from "./types";

type Row = readonly [
  label: string,
  organisation: Omit<BodyInput, "localComplaint">,
  madeOn: IsoDate,
  dayBefore: IsoDate,
  lastDay: IsoDate,
  dayAfter: IsoDate,
  ombudsman: Ombudsman | null,
  overdueReason: ReasonCode | null,
];

const rows: readonly Row[] = [
  ["lgsco, 12 weeks", body("council", "england"), "2026-01-15", "2026-04-08", "2026-04-09", "2026-04-10", "lgsco", "lgsco-12-weeks-passed"],
  ["lgsco across 29 February", body("care-provider", "england", { funding: "self" }), "2024-02-01", "2024-04-24", "2024-04-25", "2024-04-26", "lgsco", "lgsco-12-weeks-passed"],
  ["phso, 6 months", body("nhs-trust", "england"), "2026-01-15", "2026-07-14", "2026-07-15", "2026-07-16", "phso", "phso-6-months-passed"],
  ["phso from 31 August (no 31 February)", body("gp-practice", "england"), "2025-08-31", "2026-02-27", "2026-02-28", "2026-03-01", "phso", "phso-6-months-passed"],
  ["phso into a leap February", body("icb", "england"), "2023-08-31", "2024-02-28", "2024-02-29", "2024-03-01", "phso", "phso-6-months-passed"],
  ["psow, 12 weeks", body("health-board", "wales"), "2026-01-15", "2026-04-08", "2026-04-09", "2026-04-10", "psow", "psow-12-weeks-passed"],
  ["psow, care home", body("care-provider", "wales", { funding: "self" }), "2025-12-25", "2026-03-18", "2026-03-19", "2026-03-20", "psow", "psow-12-weeks-passed"],
  ["Housing Ombudsman, 12 weeks", body("social-landlord", "england"), "2026-01-15", "2026-04-08", "2026-04-09", "2026-04-10", "housing-ombudsman", "reasonable-time-passed"],
  ["SPSO, 12 weeks", body("council", "scotland"), "2026-01-15", "2026-04-08", "2026-04-09", "2026-04-10", "spso", "reasonable-time-passed"],
  ["NIPSO, 12 weeks", body("nhs-trust", "northern-ireland"), "2026-01-15", "2026-04-08", "2026-04-09", "2026-04-10", "nipso", "reasonable-time-passed"],
  ["ISCAS, 12 weeks", body("independent-healthcare", "england", { funding: "self" }), "2026-01-15", "2026-04-08", "2026-04-09", "2026-04-10", "iscas", "reasonable-time-passed"],
  ["no ombudsman, 12 weeks", body("school", "england"), "2026-01-15", "2026-04-08", "2026-04-09", "2026-04-10", null, null],
];

describe.each(rows)("%s", (_label, organisation, madeOn, dayBefore, lastDay, dayAfter, ombudsman, overdueReason) => {
  const route = (today: IsoDate) =>
    routeComplaint(request([{ ...organisation, localComplaint: awaiting(madeOn) }], { today, becameAwareOn: madeOn }));

  it.each([
    ["the day before the last day", dayBefore],
    ["the last day", lastDay],
  ])("is in progress on %s (%s)", (_when, today) => {
    const result = route(today);
    expect(result.bodies[0]).toEqual({ ombudsman, localProcess: "in-progress", reasonableTimeEndsOn: lastDay });
    if (ombudsman) {
      expect(result.reasons).toContainEqual({ code: "waiting-for-response", params: expect.objectContaining({ bodyIndex: 0, date: lastDay }) });
    }
  });

  it(`is overdue the day after (${dayAfter})`, () => {
    const result = route(dayAfter);
    expect(result.bodies[0]).toEqual({ ombudsman, localProcess: "response-overdue", reasonableTimeEndsOn: lastDay });
    if (overdueReason) {
      const period = routingConfig.reasonableTime[ombudsman ?? "none"];
      expect(result.reasons).toContainEqual({
        code: overdueReason,
        params: { bodyIndex: 0, periodAmount: period.amount, periodUnit: period.unit },
      });
    } else {
      expect(bodyCodes(result, 0)).toEqual(["school-own-process"]);
    }
  });
});

it.each([
  [finalResponse("2026-01-15", "2026-02-01"), "complete", "local-process-complete"],
  [notMade, "not-started", "complain-to-organisation-first"],
] as const)("%j -> %s", (localComplaint, localProcess, reason) => {
  // Long after any reasonable time: only an awaited response can become overdue.
  const result = routeComplaint(request([body("council", "england", { localComplaint })], { today: "2030-01-01" }));
  expect(result.bodies[0]).toEqual({ ombudsman: "lgsco", localProcess, reasonableTimeEndsOn: null });
  expect(bodyCodes(result, 0)).toEqual(["lgsco-remit-council", reason]);
});

it("uses the threshold of each body's own ombudsman in a joint case", () => {
  // 13 weeks after both complaints: past LGSCO's 12 weeks, inside PHSO's 6 months.
  const result = routeComplaint(
    request([body("council", "england", { localComplaint: awaiting("2026-01-15") }), body("nhs-trust", "england", { localComplaint: awaiting("2026-01-15") })], {
      today: "2026-04-16",
      becameAwareOn: "2026-01-01",
    }),
  );
  expect(result.bodies.map((b) => b.localProcess)).toEqual(["response-overdue", "in-progress"]);
});
