import { addDuration, isAfter } from "~/routing/dates";
import { routingConfig } from "~/routing/config";
import type { Answers } from "./answers";
import { toIsoDate } from "./month-year";

/** Whether the person is outside the 12-month limit, so is asked why they could not complain sooner. */
export function outsideTimeLimit(answers: Answers, today: string): boolean {
  if (!answers.dates?.aware) return false;
  return isAfter(today, addDuration(toIsoDate(answers.dates.aware, today), routingConfig.timeLimit));
}
