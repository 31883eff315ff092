import { useFreshProcessEnv } from "~/db/testing/fresh-process-env";

describe("teamWebhooks", () => {
  const dataDir = useFreshProcessEnv();

  it("configures a webhook only for a team with both its URL and its secret", async () => {
    vi.stubEnv("DATA_DIR", dataDir());
    vi.stubEnv("WEBHOOK_JWT_URL", "https://cases.example.org/jwt");
    vi.stubEnv("WEBHOOK_JWT_SECRET", "j".repeat(32));
    vi.stubEnv("WEBHOOK_PSOW_URL", "https://cases.example.org/psow");
    vi.stubEnv("WEBHOOK_LGSCO_SECRET", "l".repeat(32));
    const { teamWebhooks } = await import("~/submission/teams.server");
    expect(teamWebhooks()).toEqual({ jwt: { url: "https://cases.example.org/jwt", secret: "j".repeat(32) } });
  });

  it("is empty when no team has one", async () => {
    vi.stubEnv("DATA_DIR", dataDir());
    const { teamWebhooks } = await import("~/submission/teams.server");
    expect(teamWebhooks()).toEqual({});
  });
});
