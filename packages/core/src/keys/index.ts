// The contract suite (`contract.ts`) imports vitest, so it is imported by path from tests and stays out of here.
export { createKeyTable, type DynamoKeyStoreOptions, dynamoKeyStore } from "./dynamodb";
export {
  InvalidSubjectId,
  KeyBackupMissing,
  KeyBackupNotAuthentic,
  PersonalDataErased,
  PersonalDataNotAuthentic,
  WeakBackupSecret,
} from "./errors";
export { assertBackupSecret, backUpKeys, type OpenedKeyBackup, openKeyBackup } from "./key-backup";
export { allKeys, type KeyStore, keyBytes } from "./key-store";
export { decryptPersonalData, encryptPersonalData, isSealedPersonalData } from "./personal-data";
export { personalDataStore, subjectOfStream } from "./personal-data-store";
export { personal, personalFieldsOf } from "./personal-field";
export { assertKeysRestorable, restoreKeys } from "./restore-keys";
export { sealedIdempotencyStore } from "./sealed-idempotency-store";
export { sqliteKeyStore } from "./sqlite";
export { subjectsInLog } from "./subjects-in-log";
