import { handleRoutingRequest, type RoutingApiRequest, type RoutingApiResult } from "./api";
import type { ErrorKey } from "./schema";
import { createRoutingTranslator, errorMessage } from "./texts";

const SERVER_TODAY = "2026-11-22";

function call(body: unknown, extra: Partial<RoutingApiRequest> = {}) {
  return handleRoutingRequest({
    bodyText: typeof body === "string" ? body : JSON.stringify(body),
    contentType: "application/json",
    lang: "en",
    today: SERVER_TODAY,
    ...extra,
  });
}

function ok(response: ReturnType<typeof call>): RoutingApiResult {
  if (response.status !== 200) throw new Error(`expected 200, got ${response.status}: ${JSON.stringify(response.json)}`);
  return response.json;
}

const hartlepool = {
  type: "council",
  nation: "england",
  code: "E06000001",
  name: "Hartlepool Borough Council",
  localComplaint: { status: "final-response", madeOn: "2026-04-01", finalResponseOn: "2026-06-20" },
};
/** The contract's example request, with one choice made for each alternative. */
const contractExample = {
  today: "2026-11-22",
  becameAwareOn: "2026-03-01",
  complainant: { role: "person-affected" },
  bodies: [hartlepool],
  legalAction: "none",
  topics: [],
};

describe("the contract's examples", () => {
  it("request: one English council that has answered -> ready for the LGSCO", () => {
    const result = ok(call(contractExample));
    expect(result).toEqual({
      outcome: "ready",
      readiness: "ready",
      ombudsmen: ["lgsco"],
      jointWorking: "none",
      bodies: [{ ombudsman: "lgsco", localProcess: "complete", reasonableTimeEndsOn: null }],
      timeLimit: "within",
      timeLimitEndsOn: "2027-03-01",
      consent: "not-needed",
      mpReferralNeeded: false,
      // v1.1: no NHS body, so no NHS Complaints Advocacy (D6).
      signposts: [],
      today: "2026-11-22",
      reasons: [
        {
          code: "ready-to-complain",
          text: "Each organisation that an ombudsman can look at has sent its final response, or it is some time since you complained and the ombudsman may decide the organisation has had long enough. You can complain to the ombudsman now.",
        },
        {
          code: "lgsco-remit-council",
          text: "Organisation 1 (Hartlepool Borough Council): The Local Government and Social Care Ombudsman can look at complaints about councils in England. If your complaint is about the council as your landlord, for example repairs or your tenancy, the Housing Ombudsman looks at it instead.",
          bodyIndex: 0,
        },
        {
          code: "local-process-complete",
          text: "Organisation 1 (Hartlepool Borough Council): The organisation has sent its final response.",
          bodyIndex: 0,
        },
        {
          code: "within-time-limit",
          text: "Complain to the ombudsman by 1 March 2027. That is 12 months after you first knew about the problem.",
        },
      ],
    });
  });

  it("request in Welsh: the same answer, with Welsh text", () => {
    const english = ok(call(contractExample));
    const welsh = ok(call(contractExample, { lang: "cy" }));
    expect({ ...welsh, reasons: [] }).toEqual({ ...english, reasons: [] });
    expect(welsh.reasons.map((r) => r.code)).toEqual(english.reasons.map((r) => r.code));
    expect(welsh.reasons.map((r) => r.text)).toEqual([
      "Mae pob sefydliad y gall ombwdsmon edrych arno wedi anfon ei ymateb terfynol, neu mae peth amser ers i chi gwyno ac efallai y bydd yr ombwdsmon yn penderfynu bod y sefydliad wedi cael digon o amser. Gallwch gwyno i'r ombwdsmon nawr.",
      "Sefydliad 1 (Hartlepool Borough Council): Gall yr Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol (Local Government and Social Care Ombudsman) edrych ar gwynion am gynghorau yn Lloegr. Os yw eich cwyn am y cyngor fel eich landlord, er enghraifft atgyweiriadau neu eich tenantiaeth, yr Ombwdsmon Tai sy'n edrych arni yn lle hynny.",
      "Sefydliad 1 (Hartlepool Borough Council): Mae'r sefydliad wedi anfon ei ymateb terfynol.",
      "Cwynwch i'r ombwdsmon erbyn 1 Mawrth 2027. Dyna 12 mis ar ôl i chi ddod i wybod am y broblem am y tro cyntaf.",
    ]);
  });

  it("request with all three topic flags: urgent help first, with each flag explained", () => {
    const result = ok(call({ ...contractExample, topics: ["chc-eligibility", "send-tribunal-appeal", "safeguarding-risk-now"] }));
    expect(result.outcome).toBe("urgent-help-first");
    expect(result.readiness).toBe("ready");
    expect(result.signposts).toEqual(["safeguarding", "chc-independent-review", "send-tribunal"]);
    expect(result.reasons[0]?.code).toBe("urgent-help-first");
    expect(result.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["chc-name-icb", "send-tribunal"]));
  });

  it("response: LGSCO past 12 weeks with a PHSO body -> lgsco and phso, advocacy, lgsco-12-weeks-passed", () => {
    const result = ok(
      call({
        ...contractExample,
        bodies: [
          { ...hartlepool, localComplaint: { status: "awaiting-response", madeOn: "2026-07-01" } },
          { type: "icb", nation: "england", localComplaint: { status: "not-made" } },
        ],
      }),
    );
    expect(result).toMatchObject({
      outcome: "ready",
      ombudsmen: ["lgsco", "phso"],
      jointWorking: "joint-working-team",
      bodies: [
        { ombudsman: "lgsco", localProcess: "response-overdue", reasonableTimeEndsOn: "2026-09-23" },
        { ombudsman: "phso", localProcess: "not-started", reasonableTimeEndsOn: null },
      ],
      signposts: ["nhs-complaints-advocacy"],
    });
    expect(result.reasons).toContainEqual({
      code: "lgsco-12-weeks-passed",
      text: "Organisation 1 (Hartlepool Borough Council): It is more than 12 weeks since you complained and you have not had a final response. The Local Government and Social Care Ombudsman may decide the organisation has had long enough, and look at your complaint now.",
      bodyIndex: 0,
    });
    const welsh = ok(call({ ...contractExample, bodies: [{ ...hartlepool, localComplaint: { status: "awaiting-response", madeOn: "2026-07-01" } }] }, { lang: "cy" }));
    expect(welsh.reasons.find((r) => r.code === "lgsco-12-weeks-passed")?.text).toContain("Mae mwy na 12 wythnos ers i chi gwyno");
  });
});

describe("the contract's semantics, through the API", () => {
  const withBodies = (bodies: unknown[], extra: object = {}) => ok(call({ ...contractExample, bodies, ...extra }));
  const answered = { status: "final-response", madeOn: "2026-04-01", finalResponseOn: "2026-06-20" };
  const org = (type: string, nation: string, funding?: string) => ({ type, nation, ...(funding ? { funding } : {}), localComplaint: answered });

  it("England: each type to its ombudsman, with an MP for a government department", () => {
    const result = withBodies([
      org("council", "england"),
      org("care-provider", "england", "self"),
      org("care-provider", "england", "nhs"),
      org("nhs-trust", "england"),
      org("icb", "england"),
      org("gp-practice", "england"),
      org("dentist", "england", "nhs"),
      org("independent-healthcare", "england", "self"),
      org("social-landlord", "england"),
      org("government-department", "england"),
    ]);
    expect(result.bodies.map((b) => b.ombudsman)).toEqual(["lgsco", "lgsco", "phso", "phso", "phso", "phso", "phso", "iscas", "housing-ombudsman", "phso"]);
    expect(result.mpReferralNeeded).toBe(true);
    expect(result.signposts).toContain("mp");
  });

  it("Wales: PSOW for Welsh bodies, PHSO for a UK department, nothing for private dental care", () => {
    const result = withBodies([
      org("council", "wales"),
      org("health-board", "wales"),
      org("nhs-trust", "wales"),
      org("gp-practice", "wales"),
      org("care-provider", "wales", "self"),
      org("social-landlord", "wales"),
      org("welsh-government", "wales"),
      org("dentist", "wales", "nhs"),
      org("dentist", "wales", "self"),
      org("government-department", "wales"),
    ]);
    expect(result.bodies.map((b) => b.ombudsman)).toEqual(["psow", "psow", "psow", "psow", "psow", "psow", "psow", "psow", null, "phso"]);
    expect(result.jointWorking).toBe("cross-border");
  });

  it("Scotland, Northern Ireland and other", () => {
    const result = withBodies([org("council", "scotland"), org("nhs-trust", "northern-ireland"), org("other", "england")]);
    expect(result.bodies.map((b) => b.ombudsman)).toEqual(["spso", "nipso", null]);
    expect(result.outcome).toBe("not-for-these-ombudsmen");
    expect(result.signposts).toEqual(["spso", "nipso"]);
  });

  it("more than 12 months since first knowing -> outside, still answered", () => {
    expect(ok(call({ ...contractExample, becameAwareOn: "2025-11-21" })).timeLimit).toBe("outside");
    expect(ok(call({ ...contractExample, becameAwareOn: "2025-11-22" })).timeLimit).toBe("within");
  });

  it("a child whose representative has no consent -> representative-suitability", () => {
    const complainant = { role: "representative", relationship: "relative-or-friend", personAffected: "child", consent: "to-follow", authority: "parental-responsibility" };
    expect(ok(call({ ...contractExample, complainant })).consent).toBe("representative-suitability");
  });

  it("reads the clock from the server when the request has no today", () => {
    const { today: _today, ...request } = contractExample;
    const result = ok(call({ ...request, bodies: [{ ...hartlepool, localComplaint: { status: "awaiting-response", madeOn: "2026-07-01" } }] }, { today: "2026-09-23" }));
    expect(result.today).toBe("2026-09-23");
    expect(result.bodies[0]?.localProcess).toBe("in-progress");
    expect(ok(call(contractExample, { today: "2030-01-01" })).today).toBe("2026-11-22");
  });
});

describe("bad requests: 400 with one translated message per problem", () => {
  const en = createRoutingTranslator("en");
  const cy = createRoutingTranslator("cy");
  const manyFaults = {
    ...contractExample,
    complainant: { role: "representative" },
    bodies: [{ ...hartlepool, nation: "france" }, { type: "pharmacy", nation: "wales", localComplaint: { status: "final-response", madeOn: "2026-05-01", finalResponseOn: "2026-04-01" } }],
  };
  const expected: [string, ErrorKey][] = [
    ["complainant.relationship", "relationship-required"],
    ["complainant.personAffected", "person-affected-required"],
    ["bodies.0.nation", "nation-invalid"],
    ["bodies.1.localComplaint.finalResponseOn", "final-response-on-before-made-on"],
    ["bodies.1.funding", "funding-required"],
  ];

  it.each([
    ["en", en],
    ["cy", cy],
  ] as const)("in %s", (lang, translator) => {
    const response = call(manyFaults, { lang });
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ errors: expected.map(([path, key]) => ({ path, message: errorMessage(key, translator) })) });
  });

  it("gives different messages in English and Welsh", () => {
    const english = call(manyFaults).json;
    const welsh = call(manyFaults, { lang: "cy" }).json;
    if (!("errors" in english) || !("errors" in welsh)) throw new Error("expected errors");
    english.errors.forEach((error, i) => {
      expect(welsh.errors[i]?.path).toBe(error.path);
      expect(welsh.errors[i]?.message).not.toBe(error.message);
    });
    expect(english.errors[2]?.message).toBe("The country must be one of: england, wales, scotland, northern-ireland.");
    expect(welsh.errors[2]?.message).toBe("Rhaid i'r wlad fod yn un o'r rhain: england, wales, scotland, northern-ireland.");
  });

  it.each([
    ["broken JSON", "{", "json-invalid"],
    ["an empty body", "", "json-invalid"],
    ["a JSON array", "[]", "request-invalid"],
    ["JSON null", "null", "request-invalid"],
    ["a JSON string", '"hello"', "request-invalid"],
  ] as const)("%s -> 400 for the whole request", (_label, bodyText, key) => {
    for (const lang of ["en", "cy"] as const) {
      const response = call(bodyText, { lang });
      expect(response).toEqual({ status: 400, json: { errors: [{ path: "", message: errorMessage(key, createRoutingTranslator(lang)) }] } });
    }
  });

  it.each([
    [null, 400],
    ["text/plain", 400],
    ["application/x-www-form-urlencoded", 400],
    ["application/json", 200],
    ["application/json; charset=utf-8", 200],
    ["Application/JSON", 200],
  ] as const)("content type %s -> %i", (contentType, status) => {
    const response = call(contractExample, { contentType });
    expect(response.status).toBe(status);
    if (status === 400) expect(response.json).toEqual({ errors: [{ path: "", message: errorMessage("content-type-invalid", en) }] });
  });
});

describe("size limit: 64 KiB of UTF-8", () => {
  const limit = 65536;
  const padded = (bytes: number) => {
    const text = JSON.stringify(contractExample);
    return text + " ".repeat(bytes - text.length);
  };

  it("accepts exactly 65536 bytes", () => {
    expect(call(padded(limit)).status).toBe(200);
  });

  it("refuses 65537 bytes with 413, in the request's language", () => {
    expect(call(padded(limit + 1))).toEqual({ status: 413, json: { errors: [{ path: "", message: "The request is too large. Send no more than 64 KiB." }] } });
    expect(call(padded(limit + 1), { lang: "cy" })).toEqual({
      status: 413,
      json: { errors: [{ path: "", message: "Mae'r cais yn rhy fawr. Peidiwch ag anfon mwy na 64 KiB." }] },
    });
  });

  it("counts bytes, not characters", () => {
    // 22,000 three-byte characters: under 65,536 characters but over 65,536 bytes.
    const text = JSON.stringify({ ...contractExample, bodies: [{ ...hartlepool, name: "€".repeat(22000) }] });
    expect(text.length).toBeLessThan(limit);
    expect(call(text).status).toBe(413);
  });

  it("checks size before anything else", () => {
    expect(call("x".repeat(limit + 1), { contentType: "text/plain" }).status).toBe(413);
  });
});
