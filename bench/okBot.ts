// The baseline of `npm run bench:e2e`: a bare discord.js bot that answers every slash command with "ok", run as
// its own node process as casebot is (bench/e2e.ts hands node this file transpiled to JavaScript). It reads
// DISCORD_TOKEN and DISCORD_API_URL, logs one JSON "ready" line on stderr, and exits 0 on SIGTERM or SIGINT.
// `node --import tsx bench/okBot.ts` runs it by hand.
import { Client, Events, GatewayIntentBits } from 'discord.js';

const token = process.env['DISCORD_TOKEN'];
const api = process.env['DISCORD_API_URL'];
if (!token) {
  console.error('DISCORD_TOKEN is not set');
  process.exit(1);
}

const client = new Client({ intents: [GatewayIntentBits.Guilds], ...(api ? { rest: { api } } : {}) });
client.on(Events.InteractionCreate, (interaction) => {
  // A failed reply is not this process's problem to report: the server records it as refused or lost.
  if (interaction.isChatInputCommand()) interaction.reply({ content: 'ok', allowedMentions: { parse: [] } }).catch(() => undefined);
});
client.once(Events.ClientReady, (ready) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'ready', user: ready.user.tag })}\n`);
});

const stop = async (): Promise<void> => {
  await client.destroy();
  process.exit(0);
};
process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());

try {
  await client.login(token);
} catch (error) {
  console.error(`login failed: ${error instanceof Error ? error.message : String(error)}`);
  await client.destroy();
  process.exit(1);
}
