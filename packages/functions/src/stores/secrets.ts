import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "@meetstream/core/validation/zod";

const secretsSchema = z.object({
  /** Keys the HMAC that names a member's email reservation stream (see core/member/email.ts). */
  emailSecret: z.string().check(z.minLength(32)),
});

export type LocalSecrets = z.infer<typeof secretsSchema>;

export const secretsFile = (folder: string): string => join(folder, "secrets.json");

/**
 * The local host's secrets, made on its first start and kept in the data folder (never in the
 * repository), readable by the owner only. They must outlive restarts: a new email secret would lose
 * every member's email reservation, and returning members would be registered again.
 */
export function localSecrets(folder: string): LocalSecrets {
  const file = secretsFile(folder);
  if (existsSync(file)) return secretsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  mkdirSync(folder, { recursive: true });
  const secrets: LocalSecrets = { emailSecret: randomBytes(32).toString("base64url") };
  // "wx": of two hosts starting at once, only one writes; the other reads what it wrote.
  try {
    writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return localSecrets(folder);
    throw error;
  }
  chmodSync(file, 0o600);
  return secrets;
}

/** The secrets the data folder holds, if it holds any: for backups, which must not make them. */
export function existingLocalSecrets(folder: string): LocalSecrets | undefined {
  const file = secretsFile(folder);
  return existsSync(file) ? secretsSchema.parse(JSON.parse(readFileSync(file, "utf8"))) : undefined;
}

/**
 * Puts back backed-up secrets into a data folder that has none, as `localSecrets` would have made them.
 * Secrets already there are never replaced: "different" says they are not the backed-up ones.
 */
export function restoreLocalSecrets(folder: string, secrets: LocalSecrets): "written" | "same" | "different" {
  mkdirSync(folder, { recursive: true });
  try {
    writeFileSync(secretsFile(folder), `${JSON.stringify(secretsSchema.parse(secrets), null, 2)}\n`, {
      mode: 0o600,
      flag: "wx",
    });
    return "written";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return localSecrets(folder).emailSecret === secrets.emailSecret ? "same" : "different";
}
