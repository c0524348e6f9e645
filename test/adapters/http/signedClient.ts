// Test helper: a locally generated Ed25519 key pair and requests signed the way Discord signs them.
import { generateKeyPairSync, sign } from 'node:crypto';

export interface SignedClient {
  readonly publicKeyHex: string;
  /** Headers Discord would send with `body`, signed now. */
  sign(body: string): { body: string; headers: Record<string, string> };
  post(url: string, body: string, options?: { timestamp?: string; tamper?: 'body' | 'signature' | 'timestamp'; headers?: Record<string, string> }): Promise<Response>;
}

export function signedClient(): SignedClient {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const publicKeyHex = der.subarray(der.length - 32).toString('hex');
  const signAt = (timestamp: string, body: string): string => sign(null, Buffer.from(timestamp + body), privateKey).toString('hex');
  const headersFor = (signature: string, timestamp: string) =>
    ({ 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp });
  const now = (): string => String(Math.floor(Date.now() / 1000));
  return {
    publicKeyHex,
    sign(body) {
      const timestamp = now();
      return { body, headers: headersFor(signAt(timestamp, body), timestamp) };
    },
    post(url, body, options = {}) {
      const timestamp = options.timestamp ?? now();
      let signature = signAt(timestamp, body);
      let sentBody = body;
      let sentTimestamp = timestamp;
      if (options.tamper === 'body') sentBody = body.replace(/.$/u, ' ');
      if (options.tamper === 'signature') signature = `${signature.slice(0, -2)}${signature.endsWith('00') ? '11' : '00'}`;
      if (options.tamper === 'timestamp') sentTimestamp = String(Number(timestamp) + 1);
      return fetch(url, { method: 'POST', headers: { ...headersFor(signature, sentTimestamp), ...options.headers }, body: sentBody });
    },
  };
}

/** An interaction body as Discord sends it for `/case <subcommand>`. */
export function commandBody(subcommand: string, options: Record<string, string> = {}, type = 2, focused?: string): string {
  const opts = Object.entries(options).map(([name, value]) => ({ name, type: 3, value, ...(name === focused ? { focused: true } : {}) }));
  return JSON.stringify({
    id: '1200000000000000001', application_id: '1200000000000000002', type, token: 'interaction-token', version: 1,
    data: { id: '1200000000000000003', name: 'case', type: 1, options: [{ name: subcommand, type: 1, options: opts }] },
  });
}
