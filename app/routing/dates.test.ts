import { addDays, addDuration, addMonths, compareIsoDates, isAfter, isIsoDate, isoDateInTimeZone } from "./dates";

describe("isIsoDate", () => {
  it.each([
    ["2026-11-22", true],
    ["2024-02-29", true],
    ["2000-02-29", true],
    ["2023-02-29", false],
    ["1900-02-29", false],
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-01-00", false],
    ["2026-1-01", false],
    ["26-01-01", false],
    [" 2026-01-01", false],
    ["2026-01-01T00:00:00Z", false],
    ["", false],
    [20260101, false],
    [null, false],
    [undefined, false],
  ] as const)("%j -> %s", (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe("addMonths clamps to the end of a shorter month", () => {
  it.each([
    ["2024-02-29", 12, "2025-02-28"],
    ["2023-03-01", 12, "2024-03-01"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2025-08-31", 6, "2026-02-28"],
    ["2023-08-31", 6, "2024-02-29"],
    ["2026-10-31", 1, "2026-11-30"],
    ["2026-11-22", 2, "2027-01-22"],
    ["2026-03-15", -3, "2025-12-15"],
  ] as const)("%s + %i months = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe("addDays", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2026-01-15", 84, "2026-04-09"],
    ["2024-02-01", 84, "2024-04-25"],
    ["2025-12-25", 84, "2026-03-19"],
    ["2026-03-01", -1, "2026-02-28"],
    ["1999-12-31", 1, "2000-01-01"],
    ["0050-01-01", 365, "0051-01-01"],
  ] as const)("%s + %i days = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

it.each([
  [{ unit: "weeks", amount: 12 }, "2026-01-15", "2026-04-09"],
  [{ unit: "months", amount: 6 }, "2026-01-15", "2026-07-15"],
] as const)("addDuration(%j) from %s = %s", (duration, date, expected) => {
  expect(addDuration(date, duration)).toBe(expected);
});

it.each([
  ["2026-01-01", "2026-01-02", -1],
  ["2026-01-02", "2026-01-02", 0],
  ["2027-01-01", "2026-12-31", 1],
  ["0999-12-31", "1000-01-01", -1],
] as const)("compareIsoDates(%s, %s) = %i", (a, b, expected) => {
  expect(compareIsoDates(a, b)).toBe(expected);
  expect(isAfter(a, b)).toBe(expected > 0);
});

it("refuses to do arithmetic on a date that does not exist", () => {
  expect(() => addDays("2023-02-29", 1)).toThrow(RangeError);
  expect(() => compareIsoDates("2026-01-01", "nonsense")).toThrow(RangeError);
});

describe("isoDateInTimeZone uses the London calendar day", () => {
  it.each([
    ["2026-03-29T00:30:00Z", "2026-03-29"],
    ["2026-06-30T23:30:00Z", "2026-07-01"],
    ["2026-12-31T23:30:00Z", "2026-12-31"],
    ["2026-10-25T00:30:00Z", "2026-10-25"],
  ])("%s -> %s", (instant, expected) => {
    expect(isoDateInTimeZone(new Date(instant))).toBe(expected);
  });
});
