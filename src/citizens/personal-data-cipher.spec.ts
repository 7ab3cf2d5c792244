import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import type { AppConfig } from '@src/config/app-config';
import { PersonalDataCipher } from './personal-data-cipher';

const encryptionKey = randomBytes(32);
const hashKey = randomBytes(32);
const cipher = new PersonalDataCipher({
  CPR_ENCRYPTION_KEY: encryptionKey.toString('hex'),
  CPR_HASH_KEY: hashKey.toString('hex'),
} as AppConfig);

describe('the personal data cipher', () => {
  it('decrypts what it encrypted, with a fresh IV each time', () => {
    const sealed = [cipher.encrypt('Karen Margrethe Jensen'), cipher.encrypt('Karen Margrethe Jensen')];
    expect(sealed[0].equals(sealed[1])).toBe(false);
    expect(sealed.map((value) => cipher.decrypt(value))).toEqual(['Karen Margrethe Jensen', 'Karen Margrethe Jensen']);
    expect(cipher.decrypt(cipher.encrypt('Søren Ærø'))).toBe('Søren Ærø');
  });

  it('reads what was sealed with the raw key bytes (iv | tag | ciphertext), as rows already stored were', () => {
    const iv = randomBytes(12);
    const sealer = createCipheriv('aes-256-gcm', encryptionKey, iv);
    const ciphertext = Buffer.concat([sealer.update('0101901234', 'utf8'), sealer.final()]);
    expect(cipher.decrypt(Buffer.concat([iv, sealer.getAuthTag(), ciphertext]))).toBe('0101901234');
  });

  it('refuses a sealed value that was tampered with', () => {
    const sealed = cipher.encrypt('0101901234');
    sealed[sealed.length - 1] ^= 1;
    expect(() => cipher.decrypt(sealed)).toThrow();
  });

  it('hashes a CPR number with HMAC-SHA-256 under the hash key', () => {
    expect(cipher.cprHash('0101901234')).toEqual(createHmac('sha256', hashKey).update('0101901234').digest());
    expect(cipher.cprHash('0101901234')).not.toEqual(cipher.cprHash('0101901235'));
  });
});
