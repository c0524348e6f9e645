// Discord's documented limits, enforced by the fake server exactly where Discord enforces them. Deliberately
// not imported from src/: the fake checks the bot against its own copy of the rules, as Discord would.
// Each group links the docs page that states it; lengths are counted in Unicode code points.

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
export const EMBEDS_TOTAL_TEXT_MAX = 6000;

/** https://discord.com/developers/docs/components/reference#action-row */
export const ACTION_ROWS_MAX = 5;
export const BUTTONS_PER_ROW_MAX = 5;
/** https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id */
export const CUSTOM_ID_MIN = 1;
export const CUSTOM_ID_MAX = 100;
/** https://discord.com/developers/docs/components/reference#button */
export const BUTTON_LABEL_MAX = 80;
/** https://discord.com/developers/docs/components/reference#string-select */
export const SELECT_OPTIONS_MAX = 25;

/** https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete */
export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const CHOICE_NAME_MIN = 1;
export const CHOICE_NAME_MAX = 100;
export const CHOICE_STRING_VALUE_MAX = 100;

/** https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal */
export const MODAL_TITLE_MAX = 45;

/** https://discord.com/developers/docs/interactions/application-commands#application-command-object */
export const COMMAND_NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
export const COMMAND_NAME_MAX = 32;
export const COMMAND_DESCRIPTION_MIN = 1;
export const COMMAND_DESCRIPTION_MAX = 100;
export const COMMAND_OPTIONS_MAX = 25;
export const COMMAND_CHOICES_MAX = 25;
export const COMMAND_OPTION_STRING_LENGTH_MAX = 6000;
/** Name, description and choice names/values of one command, options included. */
export const COMMAND_TOTAL_TEXT_MAX = 8000;
/** https://discord.com/developers/docs/interactions/application-commands#registering-a-command */
export const CHAT_INPUT_COMMANDS_MAX = 100;
export const CONTEXT_MENU_COMMANDS_MAX = 5;

/** https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction */
export const INTERACTION_RESPONSE_DEADLINE_MS = 3_000;
export const INTERACTION_TOKEN_LIFETIME_MS = 15 * 60_000;

/** https://discord.com/developers/docs/events/gateway#hello-event (the interval production sends) */
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 41_250;
/** Dispatches kept per session for RESUME replays; Discord keeps a bounded backlog too. */
export const RESUME_BACKLOG_MAX = 1_000;
/** Bodies above this are refused, like Discord's own request-size limit. */
export const REQUEST_BODY_MAX_BYTES = 25 * 1024 * 1024;
