// Limits casebot enforces on what people type; Discord's own payload limits live with the Discord renderer.

/** The longest question `ask` accepts; also the slash option's max_length. */
export const QUESTION_MAX_LENGTH = 200;
