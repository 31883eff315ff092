import { data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { localOutbox } from "~/submission/ops.server";
import { Column, GridRow } from "~/components/govuk/layout";
import { Heading, Link, P, Table } from "~/components/govuk/typography";
import type { PageHandle } from "~/utils/page";
import { NO_STORE } from "~/utils/http.server";

export const handle: PageHandle = { titleKey: "ops:local.title" };

export async function loader() {
  return data({ messages: await localOutbox() }, { headers: NO_STORE });
}

/** Development only: the emails the local outbox has written. */
export default function LocalOutbox() {
  const { messages } = useLoaderData<typeof loader>();
  const { t } = useTranslation("ops");
  return (
    <GridRow>
      <Column width="full">
        <Heading>{t("local.title")}</Heading>
        <P>{t("local.intro")}</P>
        {messages.length === 0 ? (
          <P>{t("local.none")}</P>
        ) : (
          <Table
            caption={t("local.title")}
            head={[t("local.created"), t("local.to"), t("local.subject")]}
            rows={messages.map((m) => [m.createdAt, m.to, <Link key={m.id} href={`/dev/outbox/${m.id}`}>{m.subject}</Link>])}
          />
        )}
      </Column>
    </GridRow>
  );
}
