import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { WeakBackupSecret } from "@meetstream/core/keys";
import { afterAll, describe, expect, test } from "vitest";
import { BackupSecretIsDataFolderSecret, BackupSecretMissing, backupSecret } from "./backup-secret";

const strong = "Zb8-Qw3Lx7Vm2Nc9Rt4Ks1Hy6Jd0Fg5Pa";
const folder = mkdtempSync(join(tmpdir(), "meetstream-secret-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the backup secret", () => {
  test("comes from MEETSTREAM_BACKUP_SECRET", () => {
    expect(backupSecret({ environment: { MEETSTREAM_BACKUP_SECRET: strong } })).toBe(strong);
  });

  test("comes from --backup-secret-file, without its line break, before the environment", () => {
    const file = join(folder, "secret");
    writeFileSync(file, `${strong}\n`, { mode: 0o600 });
    expect(backupSecret({ file, environment: { MEETSTREAM_BACKUP_SECRET: `${strong}-other` } })).toBe(strong);
  });

  test("is refused when missing, weak, or one of the data folder's own secrets", () => {
    expect(() => backupSecret({ environment: {} })).toThrow(BackupSecretMissing);
    expect(() => backupSecret({ environment: { MEETSTREAM_BACKUP_SECRET: "password123" } })).toThrow(
      WeakBackupSecret,
    );
    expect(() =>
      backupSecret({ environment: { MEETSTREAM_BACKUP_SECRET: strong }, dataFolderSecrets: [strong] }),
    ).toThrow(BackupSecretIsDataFolderSecret);
  });
});
