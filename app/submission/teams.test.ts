import { teamsFor } from "./teams";

describe("teamsFor", () => {
  it.each([
    { ombudsmen: ["lgsco"], jointWorking: "none", teams: ["lgsco"] },
    { ombudsmen: ["phso"], jointWorking: "none", teams: ["phso"] },
    { ombudsmen: ["psow"], jointWorking: "none", teams: ["psow"] },
    { ombudsmen: ["lgsco", "phso"], jointWorking: "joint-working-team", teams: ["jwt"] },
    { ombudsmen: ["lgsco", "phso", "psow"], jointWorking: "joint-working-team", teams: ["jwt", "psow"] },
    { ombudsmen: ["phso", "psow"], jointWorking: "cross-border", teams: ["phso", "psow"] },
    { ombudsmen: ["housing-ombudsman", "lgsco"], jointWorking: "none", teams: ["lgsco"] },
    { ombudsmen: ["housing-ombudsman"], jointWorking: "none", teams: [] },
    { ombudsmen: ["iscas", "spso"], jointWorking: "none", teams: [] },
  ] as const)("$ombudsmen ($jointWorking) → $teams", ({ ombudsmen, jointWorking, teams }) => {
    expect(teamsFor({ ombudsmen: [...ombudsmen], jointWorking })).toEqual(teams);
  });
});
