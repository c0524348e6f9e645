// What REST handlers share: the fake world, registered commands, interactions and messages.

import type { CommandStore } from './commandStore.js';
import type { InteractionLedger } from './interactionLedger.js';
import type { MessageStore } from './messages.js';
import type { FakeWorld } from './world.js';

export interface RestContext {
  world: FakeWorld;
  /** The gateway's ws:// URL, known once the server listens. */
  gatewayUrl: () => string;
  commands: CommandStore;
  ledger: InteractionLedger;
  messages: MessageStore;
  responseDeadlineMs: number;
  tokenLifetimeMs: number;
}
