import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { readDraftId } from "~/journey/draft-session.server";
import { existingSubmission, toSubmitted } from "~/submission/submit.server";
import { ConfirmationPage } from "~/components/submission/confirmation";
import type { PageHandle } from "~/utils/page";
import { NO_STORE, requireLang } from "~/utils/http.server";

export const handle: PageHandle = { titleKey: "submission:confirmation.title" };

/** Only the browser that sent a complaint can see its confirmation; there is nothing in the URL. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = requireLang(params);
  const submission = await existingSubmission(await readDraftId(request));
  if (!submission) throw redirect(`/${lang}/complaint`);
  return data({ complaint: toSubmitted(submission) }, { headers: NO_STORE });
}

export default function Confirmation() {
  const { complaint } = useLoaderData<typeof loader>();
  return <ConfirmationPage complaint={complaint} />;
}
