import type { Answers } from "./answers";

/** Someone complaining for another person (a relative, an advocate…), not for themselves. */
export const isRepresentative = (answers: Answers) => answers.who !== undefined && answers.who.complainant !== "person-affected";
