const kilobyte = 1024;
const megabyte = 1024 * kilobyte;

/**
 * A file's size as a person reads it: "1.2 MB", "340 KB", "12 bytes". In the units the limits are set in
 * (20 MB is 20 × 1,024 × 1,024 bytes), so a file the page calls "20 MB" is one the API takes.
 */
export function fileSizeWords(bytes: number): string {
  if (bytes < kilobyte) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  const kilobytes = Math.round(bytes / kilobyte);
  if (kilobytes < kilobyte) return `${kilobytes} KB`;
  const megabytes = bytes / megabyte;
  return `${megabytes < 10 ? Number(megabytes.toFixed(1)) : Math.round(megabytes)} MB`;
}
