import { errorFields, loggablePath } from "./log.server";

describe("loggablePath", () => {
  it.each([
    ["https://x.test/en/complaint/risk?q=Cardiff", "/en/complaint/risk"],
    ["https://x.test/cy/return/3q2-7_GHJKaBcDeFgHiJkLmNoPqRsTuVwXyZ012345", "/cy/return/:token"],
    ["https://x.test/en/consent/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_/extra", "/en/consent/:token/extra"],
    ["https://x.test/en/complaint/organisations/a1b2c3d4e5f6/type", "/en/complaint/organisations/a1b2c3d4e5f6/type"],
  ])("%s → %s", (url, expected) => {
    expect(loggablePath(url)).toBe(expected);
  });
});

describe("errorFields", () => {
  it("keeps the class and a short message, never the stack", () => {
    const fields = errorFields(new TypeError("x".repeat(500)));
    expect(fields.error).toBe("TypeError");
    expect(fields.message).toHaveLength(200);
    expect(JSON.stringify(fields)).not.toContain("at ");
  });
});
