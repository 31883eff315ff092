// A bug in the rules must not crash the route: the handler answers 500 with a translated message.
import { handleRoutingRequest } from "./api";

vi.mock("./engine", () => ({
  routeComplaint: () => {
    throw new Error("simulated bug");
  },
}));

it.each([
  ["en", "Sorry, there is a problem with the service. Try again later."],
  ["cy", "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen."],
] as const)("answers 500 in %s when the engine throws", (lang, message) => {
  const bodyText = JSON.stringify({
    becameAwareOn: "2026-03-01",
    complainant: { role: "person-affected" },
    bodies: [{ type: "council", nation: "england", localComplaint: { status: "not-made" } }],
  });
  expect(handleRoutingRequest({ bodyText, contentType: "application/json", lang, today: "2026-11-22" })).toEqual({
    status: 500,
    json: { errors: [{ path: "", message }] },
  });
});
