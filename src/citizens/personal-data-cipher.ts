import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@src/config/app-config';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts CPR numbers and names at rest (AES-256-GCM, stored as iv | tag | ciphertext) and
 * gives the keyed hash (HMAC-SHA-256) that finds a citizen by CPR without decrypting anything.
 */
@Injectable()
export class PersonalDataCipher {
  private readonly encryptionKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(config: AppConfig) {
    this.encryptionKey = Buffer.from(config.CPR_ENCRYPTION_KEY, 'hex');
    this.hashKey = Buffer.from(config.CPR_HASH_KEY, 'hex');
  }

  encrypt(plain: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
  }

  decrypt(sealed: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, sealed.subarray(0, IV_BYTES));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  cprHash(cprDigits: string): Buffer {
    return createHmac('sha256', this.hashKey).update(cprDigits).digest();
  }
}
