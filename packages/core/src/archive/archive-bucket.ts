/**
 * Where an archive is kept: a folder on disk or an S3 bucket. Keys use "/" between folders on both.
 * Writing a key again replaces the object, which is what makes archiving safe to repeat.
 */
export interface ArchiveBucket {
  write(key: string, text: string): Promise<void>;
  /** Every key starting with `prefix`, in key order. */
  list(prefix: string): AsyncIterable<string>;
  read(key: string): Promise<string>;
}
