import { BlobKeyRefused } from "./errors";

/**
 * Keys are made by us (`uploads/<kind>/<uuid>`), never from a file's name, so a key with anything else
 * (a dot, a percent sign, a backslash, an empty segment) did not come from us and is refused before any
 * adapter turns it into a path or an object name.
 */
const keyPattern = /^[a-z0-9-]+(\/[a-z0-9-]+)*$/;

export function checkedBlobKey(key: string): string {
  if (!keyPattern.test(key)) throw new BlobKeyRefused(key);
  return key;
}
