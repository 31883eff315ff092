import { data, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { isLang } from "~/i18n/config";
import { readDraftId } from "~/journey/journey.server";
import { existingSubmission, toSubmitted } from "~/submission/submit.server";
import { ConfirmationPage } from "~/components/submission/confirmation";
import type { PageHandle } from "~/utils/page";

export const handle: PageHandle = { titleKey: "submission:confirmation.title" };

/** Only the browser that sent a complaint can see its confirmation; there is nothing in the URL. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isLang(params.lang)) throw new Response(null, { status: 404 });
  const submission = await existingSubmission(await readDraftId(request));
  if (!submission) throw redirect(`/${params.lang}/complaint`);
  return data({ complaint: toSubmitted(submission) }, { headers: { "Cache-Control": "no-store" } });
}

export default function Confirmation() {
  const { complaint } = useLoaderData<typeof loader>();
  return <ConfirmationPage complaint={complaint} />;
}
