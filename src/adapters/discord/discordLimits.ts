// Discord's limits that casebot's messages must respect, each with the docs page that states it.
// Lengths are in Unicode code points, as Discord counts them.

/** https://discord.com/developers/docs/resources/message#create-message-jsonform-params */
export const MESSAGE_CONTENT_MAX = 2000;
export const MESSAGE_EMBEDS_MAX = 10;

/** https://discord.com/developers/docs/resources/message#embed-object-embed-limits */
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FOOTER_TEXT_MAX = 2048;
export const EMBED_AUTHOR_NAME_MAX = 256;
/** Title, description, field names and values, footer and author of all embeds of one message together. */
export const EMBEDS_TOTAL_MAX = 6000;

/** https://discord.com/developers/docs/components/reference#action-row */
export const ACTION_ROWS_MAX = 5;
export const BUTTONS_PER_ROW_MAX = 5;
/** https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id */
export const CUSTOM_ID_MAX = 100;
/** https://discord.com/developers/docs/components/reference#button */
export const BUTTON_LABEL_MAX = 80;

/** https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_VALUE_MAX = 100;

/** https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction */
export const INTERACTION_RESPONSE_DEADLINE_MS = 3000;

/** Code-point length, as Discord counts it (a surrogate pair is one character, not two). */
export function lengthOf(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** Cuts text to at most `max` code points, ending with "…" when it had to cut, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  // A string never has more code points than UTF-16 units: most texts fit without being counted.
  if (text.length <= max || lengthOf(text) <= max) return text;
  return `${[...text].slice(0, Math.max(0, max - 1)).join('')}…`;
}
