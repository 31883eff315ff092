import type { TFunction } from "i18next";
import type { Answers } from "./answers";
import { isRepresentative } from "./people";
import { ORG_STEPS, STEPS } from "./registry";
import type { SectionId, SummaryRow } from "./step";
import type { OrgView } from "./view";
import { slugFor, type JourneyRef } from "./walk";

/**
 * The person's answers as labelled rows in one language, each step describing
 * its own answer: check your answers, the confirmation page and both emails
 * show the same thing. `t` must be bound to the "journey" namespace with
 * "directory" and "common" reachable by prefix.
 */
export type SummaryItem = SummaryRow & { slug: string };
/** One organisation's answers, as a summary card. */
export type SummaryCard = { orgId: string; title: string; rows: SummaryItem[] };
export type SummarySection = { id: SectionId; title: string; rows: SummaryItem[]; cards: SummaryCard[] };

const rowsOf = (ref: JourneyRef, rows: SummaryRow[]): SummaryItem[] => rows.map((row) => ({ ...row, slug: slugFor(ref) }));

/** `answers` should be the answers on the path (see onPathAnswers): every step that has them describes them. */
export function summarise(answers: Answers, orgs: OrgView[], t: TFunction): SummarySection[] {
  const representative = isRepresentative(answers);
  const sections = new Map<SectionId, SummarySection>();
  const section = (id: SectionId) => {
    const existing = sections.get(id);
    if (existing) return existing;
    const created: SummarySection = { id, title: t(`check.sections.${id}`), rows: [], cards: [] };
    sections.set(id, created);
    return created;
  };
  for (const step of STEPS) {
    if (!step.rows || step.perOrganisation) continue;
    // A step everyone is asked shows its rows even when unanswered; one asked only on some paths, only when answered.
    const answered = (step.owns ?? []).some((key) => answers[key] !== undefined);
    if (step.onPath && !answered) continue;
    section(step.section).rows.push(...rowsOf({ kind: step.kind }, step.rows({ answers, t, representative })));
  }
  orgs.forEach((org, orgIndex) => {
    const rows = ORG_STEPS.flatMap((step) => (step.rows ? rowsOf({ kind: step.kind, orgId: org.id }, step.rows({ answers, t, representative, org, orgIndex })) : []));
    section("organisations").cards.push({ orgId: org.id, title: org.name ?? t("check.rows.organisation", { number: orgIndex + 1 }), rows });
  });
  // In the order of the journey's sections, whatever order the steps were met.
  return [...sections.values()].sort((a, b) => SECTION_ORDER.indexOf(a.id) - SECTION_ORDER.indexOf(b.id));
}

const SECTION_ORDER: readonly SectionId[] = ["you", "person", "organisations", "complaint", "contact", "send"];
