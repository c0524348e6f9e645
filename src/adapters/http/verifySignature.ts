// Ed25519 verification of Discord's interaction signatures with node:crypto (no hand-written crypto).
// https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

// An Ed25519 public key is 32 raw bytes; node:crypto takes it wrapped as SubjectPublicKeyInfo DER.
const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const HEX_KEY = /^[0-9a-f]{64}$/iu;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/iu;

export function isPublicKeyHex(value: string): boolean {
  return HEX_KEY.test(value);
}

export function publicKeyFromHex(hex: string): KeyObject {
  if (!isPublicKeyHex(hex)) throw new RangeError('an Ed25519 public key is 64 hex characters');
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** True when `signatureHex` signs `timestamp + body` with `key`; false for anything malformed. */
export function verifyInteractionSignature(key: KeyObject, signatureHex: string, timestamp: string, body: Buffer): boolean {
  if (!HEX_SIGNATURE.test(signatureHex)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}
