// Month-and-year answers: ordering, and the date the rules use for them.
import { isAfterMonth, monthIndex, monthOf, toIsoDate } from "./month-year";

describe("toIsoDate", () => {
  it.each<[number, number, string, string]>([
    [1, 2025, "2026-03-15", "2025-01-31"],
    [4, 2025, "2026-03-15", "2025-04-30"],
    [12, 2025, "2026-03-15", "2025-12-31"],
    [2, 2024, "2026-03-15", "2024-02-29"],
    [2, 2025, "2026-03-15", "2025-02-28"],
    [2, 2000, "2026-03-15", "2000-02-29"],
    [2, 1900, "2026-03-15", "1900-02-28"],
    [1, 1900, "2026-03-15", "1900-01-31"],
    [2, 2026, "2026-03-15", "2026-02-28"],
    // The current month is today, so nobody is told they are late before they are.
    [3, 2026, "2026-03-15", "2026-03-15"],
    [3, 2026, "2026-03-01", "2026-03-01"],
    [3, 2026, "2026-03-31", "2026-03-31"],
    [2, 2024, "2024-02-29", "2024-02-29"],
    [2, 2024, "2024-02-10", "2024-02-10"],
    [12, 2025, "2025-12-31", "2025-12-31"],
    // A month not yet come (never accepted by the forms) is still no later than today.
    [4, 2026, "2026-03-15", "2026-03-15"],
    [1, 2027, "2026-03-15", "2026-03-15"],
  ])("%i/%i with today %s is %s", (month, year, today, expected) => {
    expect(toIsoDate({ month, year }, today)).toBe(expected);
  });
});

describe("comparing months", () => {
  it.each<[string, [number, number], [number, number], boolean]>([
    ["a later month, same year", [4, 2025], [3, 2025], true],
    ["the same month", [3, 2025], [3, 2025], false],
    ["an earlier month", [2, 2025], [3, 2025], false],
    ["January after the December before", [1, 2026], [12, 2025], true],
    ["December before the January after", [12, 2025], [1, 2026], false],
    ["an earlier month in a later year", [1, 2026], [11, 2025], true],
  ])("%s: isAfterMonth is %s", (_, [am, ay], [bm, by], expected) => {
    expect(isAfterMonth({ month: am, year: ay }, { month: bm, year: by })).toBe(expected);
  });

  it("counts months in order across years", () => {
    expect(monthIndex({ month: 1, year: 2026 }) - monthIndex({ month: 12, year: 2025 })).toBe(1);
    expect(monthIndex({ month: 3, year: 2026 }) - monthIndex({ month: 3, year: 2025 })).toBe(12);
  });

  it.each([
    ["2026-03-15", { month: 3, year: 2026 }],
    ["2024-12-31", { month: 12, year: 2024 }],
    ["1900-01-01", { month: 1, year: 1900 }],
  ])("takes the month of %s", (iso, expected) => {
    expect(monthOf(iso)).toEqual(expected);
  });
});
