import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { outboxReport, requireOps } from "~/submission/ops.server";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, P, SummaryList, Table } from "~/components/govuk/typography";
import type { PageHandle } from "~/utils/page";
import { NO_STORE } from "~/utils/http.server";

export const handle: PageHandle = { titleKey: "ops:outbox.title" };

export async function loader({ request }: LoaderFunctionArgs) {
  requireOps(request);
  return data(await outboxReport(), { headers: NO_STORE });
}

/** For operators: which messages are waiting or failed, so nothing is lost unnoticed. */
export default function OpsOutbox() {
  const { counts, rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation("ops");
  return (
    <GridRow>
      <Column width="full">
        <Heading>{t("outbox.title")}</Heading>
        <P>{t("outbox.intro")}</P>
        <Heading level={2} size="m">
          {t("outbox.counts")}
        </Heading>
        <SummaryList rows={(["pending", "sending", "sent", "failed"] as const).map((status) => ({ key: t(`outbox.status.${status}`), value: String(counts[status]) }))} />
        {rows.length === 0 ? (
          <P>{t("outbox.none")}</P>
        ) : (
          <Table
            caption={t("outbox.title")}
            head={(["reference", "kind", "status", "attempts", "error", "created"] as const).map((c) => t(`outbox.columns.${c}`))}
            rows={rows.map((row) => [row.reference ?? "—", t(`outbox.kinds.${row.kind}`), t(`outbox.status.${row.status}`), String(row.attempts), row.lastError ?? "", row.createdAt])}
          />
        )}
      </Column>
    </GridRow>
  );
}
