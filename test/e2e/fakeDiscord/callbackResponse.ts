// Applies an accepted interaction callback: creates or updates the message it stands for and
// answers 204, or 200 with the callback resource when discord.js asks `with_response=true`.
// https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response

import { InteractionResponseType as R, MessageFlags } from 'discord.js';
import type { JsonRecord } from './guards.js';
import type { InteractionRecord } from './interactionRecord.js';
import type { NewMessage, StoredMessage } from './messages.js';
import type { RestContext } from './restContext.js';
import type { RestRequest, RestResult } from './restRouter.js';

export function respondToCallback(context: RestContext, record: InteractionRecord, request: RestRequest, type: number, data: JsonRecord): RestResult {
  const clickedId = record.payload.message?.id;
  let message: StoredMessage | undefined;
  if (type === R.ChannelMessageWithSource) {
    message = context.messages.create(newMessageInput(context, record, data, request));
  } else if (type === R.DeferredChannelMessageWithSource) {
    // The placeholder shows "is thinking…"; only the flags chosen now (ephemeral) stick.
    const flags = (typeof data['flags'] === 'number' ? data['flags'] & MessageFlags.Ephemeral : 0) | MessageFlags.Loading;
    message = context.messages.create(newMessageInput(context, record, { flags }, request));
    message.flags = flags;
  } else if (type === R.UpdateMessage && clickedId) {
    message = context.messages.edit(clickedId, data, request.body.files);
  } else if (type === R.DeferredMessageUpdate && clickedId) {
    message = context.messages.get(clickedId);
  }
  record.originalMessageId = message?.id;
  const withResponse = request.query.get('with_response') === 'true';
  context.ledger.add(record, { at: request.receivedAt, kind: 'callback', type, data, files: request.body.files, messageId: message?.id, status: withResponse ? 200 : 204 });
  if (!withResponse) return { status: 204 };
  const flags = message?.flags ?? 0;
  return {
    status: 200,
    body: {
      interaction: {
        id: record.id,
        type: record.type,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: type === R.DeferredChannelMessageWithSource,
        response_message_ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
      },
      resource: message ? { type, message } : { type },
    },
  };
}

/** A message the bot posts for an interaction: authored by the bot, through the app's webhook. */
export function newMessageInput(context: RestContext, record: InteractionRecord, body: JsonRecord, request: RestRequest): NewMessage {
  const payload = record.payload;
  const commandName = 'name' in payload.data ? payload.data.name : undefined;
  const user = payload.member?.user ?? context.world.defaultUser;
  return {
    body,
    files: request.body.files,
    channelId: payload.channel_id ?? '',
    guildId: payload.guild_id ?? '',
    author: context.world.bot,
    applicationId: context.world.applicationId,
    interaction: { id: payload.id, type: payload.type, user, commandName },
  };
}
