import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { PersonalDataNotAuthentic } from "./errors";
import { keyBytes } from "./key-store";

/**
 * Sealed text: `pd1:<iv>:<tag>:<ciphertext>`, each part base64url. `pd1` names the scheme (AES-256-GCM,
 * a random 12-byte IV, a 16-byte tag, the subject id as additional data), so that a later scheme can sit
 * beside it in the same log.
 */
const sealedPattern = /^pd1:([A-Za-z0-9_-]{16}):([A-Za-z0-9_-]{22}):([A-Za-z0-9_-]*)$/;

const ivBytes = 12;

export const isSealedPersonalData = (value: unknown): value is string =>
  typeof value === "string" && sealedPattern.test(value);

function assertKey(key: Buffer): void {
  if (!Buffer.isBuffer(key) || key.length !== keyBytes)
    throw new TypeError(`a personal data key is ${keyBytes} bytes`);
}

/**
 * Encrypts `plaintext` for one subject. The subject id is authenticated with it, so sealed text copied
 * into another subject's stream does not open there.
 */
export function encryptPersonalData(key: Buffer, subjectId: string, plaintext: string): string {
  assertKey(key);
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(subjectId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return `pd1:${iv.toString("base64url")}:${tag.toString("base64url")}:${ciphertext.toString("base64url")}`;
}

/**
 * The plaintext, or undefined when the subject's key is gone (the subject was erased). Throws
 * `PersonalDataNotAuthentic` when the text is not sealed data that opens with this key.
 */
export function decryptPersonalData(
  key: Buffer | undefined,
  subjectId: string,
  sealed: string,
): string | undefined {
  if (key === undefined) return undefined;
  assertKey(key);
  const parts = sealedPattern.exec(sealed);
  if (!parts) throw new PersonalDataNotAuthentic(subjectId);
  const [, iv, tag, ciphertext] = parts as unknown as [string, string, string, string];
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(subjectId, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    throw new PersonalDataNotAuthentic(subjectId);
  }
}
