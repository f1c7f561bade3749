import { readFileSync } from "node:fs";
import { MeetstreamError } from "@meetstream/core/errors/meetstream-error";
import { assertBackupSecret } from "@meetstream/core/keys";

/** A key backup is written or read, and no backup secret was given. */
export class BackupSecretMissing extends MeetstreamError {
  readonly code = "BACKUP_SECRET_MISSING";

  constructor() {
    super(
      "a key backup needs the backup secret: set MEETSTREAM_BACKUP_SECRET or give --backup-secret-file <path> (make one with `openssl rand -base64 32` and keep it apart from the archive and the key backup)",
    );
  }
}

/** The backup secret is one the data folder keeps: it would sit beside what it protects. */
export class BackupSecretIsDataFolderSecret extends MeetstreamError {
  readonly code = "BACKUP_SECRET_IS_DATA_FOLDER_SECRET";

  constructor() {
    super(
      "the backup secret is one of the data folder's own secrets (secrets.json): choose a secret of its own",
    );
  }
}

/**
 * The secret key backups are sealed with: the file `--backup-secret-file` names (its one line, without the
 * line break), else MEETSTREAM_BACKUP_SECRET. Refused if weak, or if it is one of `dataFolderSecrets`.
 */
export function backupSecret(options: {
  file?: string;
  environment?: NodeJS.ProcessEnv;
  dataFolderSecrets?: readonly string[];
}): string {
  const { file, environment = process.env, dataFolderSecrets = [] } = options;
  const secret =
    file === undefined ? environment.MEETSTREAM_BACKUP_SECRET : readFileSync(file, "utf8").trim();
  if (secret === undefined || secret === "") throw new BackupSecretMissing();
  assertBackupSecret(secret);
  if (dataFolderSecrets.includes(secret)) throw new BackupSecretIsDataFolderSecret();
  return secret;
}
