import { MeetstreamError } from "../errors/meetstream-error";

export class InvalidSubjectId extends MeetstreamError {
  readonly code = "INVALID_SUBJECT_ID";

  constructor(readonly subjectId: unknown) {
    super(`${JSON.stringify(subjectId)} is not a subject id (a string of 1 to 200 characters)`);
  }
}

/**
 * The subject's key is gone, so the subject was erased: nothing new may be written for them, or it would
 * need a new key and outlive the erasure.
 */
export class PersonalDataErased extends MeetstreamError {
  readonly code = "PERSONAL_DATA_ERASED";

  constructor(readonly subjectId: string) {
    super(`the personal data of ${subjectId} was erased`);
  }
}

/**
 * Sealed personal data that does not open with its subject's key: it was altered, copied from another
 * subject, or is not sealed data at all. Refused rather than read as erased, so tampering is noticed.
 */
export class PersonalDataNotAuthentic extends MeetstreamError {
  readonly code = "PERSONAL_DATA_NOT_AUTHENTIC";

  constructor(readonly subjectId: string) {
    super(`personal data of ${subjectId} does not open with its key`);
  }
}

/** A key to put back that is not an AES-256 key: a backup that passed its checks never holds one. */
export class InvalidKey extends MeetstreamError {
  readonly code = "INVALID_KEY";

  constructor(readonly subjectId: string) {
    super(`the key given for ${subjectId} is not a 32-byte key`);
  }
}

/**
 * The store already holds a different key for the subject than the one to put back: overwriting it would
 * make whatever it sealed unreadable, so a restore refuses instead.
 */
export class KeyConflict extends MeetstreamError {
  readonly code = "KEY_CONFLICT";

  constructor(readonly subjectId: string) {
    super(
      `the key store holds a different key for ${subjectId} than the key backup: restore keys only into a key store that holds none, or this backup's`,
    );
  }
}

/** A backup secret that could be guessed: too short, or too few different characters. */
export class WeakBackupSecret extends MeetstreamError {
  readonly code = "WEAK_BACKUP_SECRET";

  constructor() {
    super(
      "the backup secret is too weak: give at least 32 characters, of at least 10 different ones (e.g. `openssl rand -base64 32`)",
    );
  }
}

/** Text that is not a key backup, or one of a version this Meetstream does not read. */
export class InvalidKeyBackup extends MeetstreamError {
  readonly code = "INVALID_KEY_BACKUP";

  constructor(readonly reason: string) {
    super(`this is not a key backup Meetstream can read: ${reason}`);
  }
}

/**
 * A key backup that does not open with the secret given: the secret is wrong or the backup was altered
 * (the cipher cannot tell which, and either way nothing of it may be used).
 */
export class KeyBackupNotAuthentic extends MeetstreamError {
  readonly code = "KEY_BACKUP_NOT_AUTHENTIC";

  constructor() {
    super(
      "the key backup does not open with this backup secret: the secret is wrong, or the backup was altered",
    );
  }
}

/**
 * A restore without the key backup would bring back the log with every member's personal data
 * unreadable, as if every member had been erased: refused unless the operator says they accept that.
 */
export class KeyBackupMissing extends MeetstreamError {
  readonly code = "KEY_BACKUP_MISSING";

  constructor() {
    super(
      "a restore needs the key backup taken with the archive, and its backup secret: without it every member's personal data reads as erased. Restore without keys only if you accept that",
    );
  }
}
