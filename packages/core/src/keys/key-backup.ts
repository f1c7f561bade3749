import { createCipheriv, createDecipheriv, randomBytes, scrypt } from "node:crypto";
import * as z from "../validation/zod";
import { InvalidKeyBackup, KeyBackupNotAuthentic, WeakBackupSecret } from "./errors";
import { allKeys, assertKey, type KeyStore, type StoredKey } from "./key-store";

/*
 * A key backup is two lines of text:
 *   1. the header, JSON: what the backup is (format, version), when it was taken, and how to open it
 *      (scrypt with its parameters and a random salt, AES-256-GCM with a random IV);
 *   2. base64url of the AES-256-GCM ciphertext of the contents (JSON) followed by its 16-byte tag.
 * The header's exact bytes are the cipher's additional data, so no part of it can be changed unnoticed.
 * scrypt rather than HKDF: the secret is something an operator keeps and may have to type, and scrypt
 * makes guessing it from a stolen backup slow.
 */

const format = "meetstream-key-backup";
const version = 1;
/** 2^15 × 8 × 128 bytes: 32 MiB and about 0.1 s per derivation, once per backup or restore. */
const scryptParameters = { N: 2 ** 15, r: 8, p: 1 } as const;
const scryptMemory = 64 * 1024 * 1024;
const saltBytes = 16;
const ivBytes = 12;
const tagBytes = 16;

export const minimumSecretLength = 32;
const minimumDistinctCharacters = 10;

const headerSchema = z.object({
  format: z.literal(format),
  version: z.literal(version),
  createdAt: z.iso.datetime(),
  kdf: z.object({
    name: z.literal("scrypt"),
    N: z.literal(scryptParameters.N),
    r: z.literal(scryptParameters.r),
    p: z.literal(scryptParameters.p),
    salt: z.string().check(z.regex(/^[A-Za-z0-9_-]{22}$/)),
  }),
  cipher: z.literal("aes-256-gcm"),
  iv: z.string().check(z.regex(/^[A-Za-z0-9_-]{16}$/)),
});

const contentsSchema = z.object({
  keys: z.array(
    z.tuple([z.string().check(z.minLength(1)), z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/))]),
  ),
  /** The local host's email secret (secrets.json): without it, returning members would be registered anew. */
  emailSecret: z.optional(z.string().check(z.minLength(32))),
});

export interface KeyBackupContents {
  keys: StoredKey[];
  emailSecret?: string;
}

export interface OpenedKeyBackup extends KeyBackupContents {
  createdAt: string;
}

/**
 * The secret a backup is sealed with: long, and not one character repeated, so that it cannot be
 * guessed; the data folder's own secrets are never it (they would sit beside what they protect).
 */
export function assertBackupSecret(secret: string): void {
  if (
    typeof secret !== "string" ||
    secret.length < minimumSecretLength ||
    new Set(secret).size < minimumDistinctCharacters
  )
    throw new WeakBackupSecret();
}

function deriveKey(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, 32, { ...scryptParameters, maxmem: scryptMemory }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Seals `contents` with the backup secret: the text of a key backup. */
export async function sealKeyBackup(
  contents: KeyBackupContents,
  secret: string,
  createdAt: Date = new Date(),
): Promise<string> {
  assertBackupSecret(secret);
  for (const { subjectId, key } of contents.keys) assertKey(subjectId, key);
  const salt = randomBytes(saltBytes);
  const iv = randomBytes(ivBytes);
  const header = JSON.stringify({
    format,
    version,
    createdAt: createdAt.toISOString(),
    kdf: { name: "scrypt", ...scryptParameters, salt: salt.toString("base64url") },
    cipher: "aes-256-gcm",
    iv: iv.toString("base64url"),
  });
  const plaintext = JSON.stringify({
    keys: contents.keys.map(({ subjectId, key }) => [subjectId, key.toString("base64url")]),
    ...(contents.emailSecret === undefined ? {} : { emailSecret: contents.emailSecret }),
  });
  const cipher = createCipheriv("aes-256-gcm", await deriveKey(secret, salt), iv);
  cipher.setAAD(Buffer.from(header, "utf8"));
  const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return `${header}\n${sealed.toString("base64url")}\n`;
}

/**
 * The contents of a key backup. Throws `InvalidKeyBackup` for text that is not a key backup this code
 * reads, and `KeyBackupNotAuthentic` when it does not open with `secret`: the secret is wrong, or a byte
 * of the backup changed. Nothing is returned unless all of it is authentic.
 */
export async function openKeyBackup(text: string, secret: string): Promise<OpenedKeyBackup> {
  const lines = typeof text === "string" ? text.split("\n") : [];
  if (lines.length !== 3 || lines[2] !== "") throw new InvalidKeyBackup("it is not two lines of text");
  const [headerLine, sealedLine] = lines as [string, string, string];
  let headerJson: unknown;
  try {
    headerJson = JSON.parse(headerLine);
  } catch {
    throw new InvalidKeyBackup("its first line is not JSON");
  }
  const header = z.safeParse(headerSchema, headerJson);
  if (!header.success) {
    const { format: given, version: givenVersion } = (headerJson ?? {}) as {
      format?: unknown;
      version?: unknown;
    };
    throw new InvalidKeyBackup(
      given === format && givenVersion !== version
        ? `it is version ${JSON.stringify(givenVersion)}, and this Meetstream reads version ${version}`
        : z.prettifyError(header.error),
    );
  }
  if (!/^[A-Za-z0-9_-]+$/.test(sealedLine)) throw new InvalidKeyBackup("its second line is not base64url");
  const sealed = Buffer.from(sealedLine, "base64url");
  if (sealed.length < tagBytes) throw new KeyBackupNotAuthentic();

  let plaintext: string;
  try {
    const key = await deriveKey(secret, Buffer.from(header.data.kdf.salt, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(header.data.iv, "base64url"));
    decipher.setAAD(Buffer.from(headerLine, "utf8"));
    decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes));
    plaintext = Buffer.concat([
      decipher.update(sealed.subarray(0, sealed.length - tagBytes)),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    throw new KeyBackupNotAuthentic();
  }
  // Authentic, so written by `sealKeyBackup`: a failure here is a bug, and still refused before any write.
  const contents = z.safeParse(contentsSchema, JSON.parse(plaintext));
  if (!contents.success) throw new InvalidKeyBackup(z.prettifyError(contents.error));
  return {
    createdAt: header.data.createdAt,
    keys: contents.data.keys.map(([subjectId, key]) => ({ subjectId, key: Buffer.from(key, "base64url") })),
    ...(contents.data.emailSecret === undefined ? {} : { emailSecret: contents.data.emailSecret }),
  };
}

/** A key backup of every key in `keys` (read page by page), sealed with `secret`. */
export async function backUpKeys(
  keys: KeyStore,
  secret: string,
  options: { emailSecret?: string; createdAt?: Date } = {},
): Promise<{ text: string; keyCount: number }> {
  // Refused before the store is read: a long read would otherwise end in the refusal.
  assertBackupSecret(secret);
  const stored: StoredKey[] = [];
  for await (const key of allKeys(keys)) stored.push(key);
  const text = await sealKeyBackup(
    { keys: stored, emailSecret: options.emailSecret },
    secret,
    options.createdAt,
  );
  return { text, keyCount: stored.length };
}
