// Snowflake ids as Discord makes them, so discord.js's rate-limit buckets and timestamps work.
// https://discord.com/developers/docs/reference#snowflakes

const DISCORD_EPOCH = 1_420_070_400_000n;

/** @discordjs/rest keys buckets on /\d{17,19}/ (REST.generateRouteData), so ids must match it. */
const SNOWFLAKE_PATTERN = /^\d{17,19}$/;

let increment = 0n;

/** A fresh snowflake for now; the increment keeps ids unique within one millisecond. */
export function nextSnowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  const timestamp = BigInt(Date.now()) - DISCORD_EPOCH;
  return ((timestamp << 22n) | (1n << 17n) | increment).toString();
}

export function isSnowflake(value: string): boolean {
  return SNOWFLAKE_PATTERN.test(value);
}
