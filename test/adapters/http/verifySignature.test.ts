import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPublicKeyHex, publicKeyFromHex, verifyInteractionSignature } from '../../../src/adapters/http/verifySignature.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const der = publicKey.export({ format: 'der', type: 'spki' });
const hex = der.subarray(der.length - 32).toString('hex');
const key = publicKeyFromHex(hex);
const body = Buffer.from('{"type":1}');
const signature = sign(null, Buffer.concat([Buffer.from('1700000000'), body]), privateKey).toString('hex');

describe('verifying Discord signatures', () => {
  it('accepts the signature of timestamp + body', () => {
    expect(verifyInteractionSignature(key, signature, '1700000000', body)).toBe(true);
  });

  it('rejects another timestamp, another body, another key, and malformed signatures', () => {
    expect(verifyInteractionSignature(key, signature, '1700000001', body)).toBe(false);
    expect(verifyInteractionSignature(key, signature, '1700000000', Buffer.from('{"type":2}'))).toBe(false);
    const other = generateKeyPairSync('ed25519').publicKey.export({ format: 'der', type: 'spki' });
    expect(verifyInteractionSignature(publicKeyFromHex(other.subarray(other.length - 32).toString('hex')), signature, '1700000000', body)).toBe(false);
    for (const bad of ['', 'zz', signature.slice(2), `${signature}00`]) expect(verifyInteractionSignature(key, bad, '1700000000', body)).toBe(false);
  });

  it('accepts only 64-hex-character public keys', () => {
    expect(isPublicKeyHex(hex)).toBe(true);
    expect(isPublicKeyHex(hex.slice(1))).toBe(false);
    expect(() => publicKeyFromHex('not a key')).toThrow(RangeError);
  });
});
