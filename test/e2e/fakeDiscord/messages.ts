// Messages the bot created through interactions (replies, follow-ups), updated by edits and
// component updates, so a later button click can carry the message it was clicked on.

import { MessageFlags, MessageType, type APIAttachment, type APIMessage, type APIUser } from 'discord.js';
import { isPresent, isRecord, NO_FLAGS, type JsonRecord } from './guards.js';
import type { ReceivedFile } from './http.js';
import { nextSnowflake } from './snowflake.js';

/** Embeds and components are echoed as the bot sent them (already validated), not re-typed. */
export type StoredMessage = Omit<APIMessage, 'embeds' | 'components'> & { embeds: unknown[]; components: unknown[] };

export interface NewMessage {
  body: JsonRecord;
  files: ReceivedFile[];
  channelId: string;
  guildId: string;
  author: APIUser;
  applicationId: string;
  interaction: { id: string; type: number; user: APIUser; commandName?: string | undefined };
}

/** Flags a webhook message may set; others are ignored, as Discord does. */
const SETTABLE_FLAGS = MessageFlags.SuppressEmbeds | MessageFlags.Ephemeral | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;

export class MessageStore {
  private readonly messages = new Map<string, StoredMessage>();

  create(input: NewMessage): StoredMessage {
    const id = nextSnowflake();
    const message: StoredMessage = {
      id,
      channel_id: input.channelId,
      author: input.author,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: input.interaction.commandName ? MessageType.ChatInputCommand : MessageType.Default,
      flags: NO_FLAGS,
      webhook_id: input.applicationId,
      application_id: input.applicationId,
      interaction_metadata: {
        id: input.interaction.id,
        type: input.interaction.type,
        user: input.interaction.user,
        authorizing_integration_owners: { 0: input.guildId },
      },
    };
    applyBody(message, input.body, input.files);
    message.edited_timestamp = null;
    this.messages.set(id, message);
    return message;
  }

  /** Applies a partial body (PATCH or an UPDATE_MESSAGE callback): given fields replace old ones. */
  edit(id: string, body: JsonRecord, files: ReceivedFile[]): StoredMessage | undefined {
    const message = this.messages.get(id);
    if (!message) return undefined;
    applyBody(message, body, files);
    return message;
  }

  /** Keeps a message a test built itself, so an update on one of its buttons can edit it. */
  adopt(message: StoredMessage): StoredMessage {
    this.messages.set(message.id, message);
    return message;
  }

  get(id: string): StoredMessage | undefined {
    return this.messages.get(id);
  }

  delete(id: string): boolean {
    return this.messages.delete(id);
  }

  /** The newest message holding a component with this custom id. */
  findByCustomId(customId: string): StoredMessage | undefined {
    return [...this.messages.values()].reverse().find(message => findComponent(message.components, customId) !== undefined);
  }
}

/** Finds an interactive component anywhere in a component tree. */
export function findComponent(components: unknown, customId: string): JsonRecord | undefined {
  if (!Array.isArray(components)) return undefined;
  for (const component of components) {
    if (!isRecord(component)) continue;
    if (component['custom_id'] === customId) return component;
    const nested = findComponent(component['components'], customId) ?? findComponent([component['accessory']], customId);
    if (nested) return nested;
  }
  return undefined;
}

function applyBody(message: StoredMessage, body: JsonRecord, files: ReceivedFile[]): void {
  const content = body['content'];
  if (typeof content === 'string') message.content = content;
  else if (content === null) message.content = '';
  if (Array.isArray(body['embeds'])) message.embeds = body['embeds'];
  else if (body['embeds'] === null) message.embeds = [];
  if (Array.isArray(body['components'])) message.components = body['components'];
  else if (body['components'] === null) message.components = [];
  if (typeof body['flags'] === 'number') message.flags = body['flags'] & SETTABLE_FLAGS;
  // An `attachments` list names the old files to keep; new uploads are added after them.
  const keepList = body['attachments'];
  const kept = Array.isArray(keepList)
    ? message.attachments.filter(attachment => keepList.some(item => isRecord(item) && item['id'] === attachment.id))
    : message.attachments;
  message.attachments = [...kept, ...files.map(toAttachment)];
  if (isPresent(body['content']) || isPresent(body['embeds']) || isPresent(body['components']) || files.length > 0) {
    message.edited_timestamp = new Date().toISOString();
  }
}

function toAttachment(file: ReceivedFile): APIAttachment {
  const id = nextSnowflake();
  const url = `https://cdn.discordapp.invalid/attachments/${id}/${encodeURIComponent(file.name)}`;
  return { id, filename: file.name, size: file.size, url, proxy_url: url, content_type: file.contentType };
}
