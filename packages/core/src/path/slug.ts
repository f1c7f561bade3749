/*
 * A path's address: its goal in words, and the end of its id. The id's end makes the slug unique without
 * reserving it (two paths with the same goal differ there), and stays when the goal changes, so an old
 * slug and the new one name the same path: every slug a path held keeps a document that finds it.
 */

export const maximumSlugWordsLength = 60;

/** Lower-case ASCII words joined by hyphens, at most 60 characters, cut between words where it can. */
export function slugify(text: string): string {
  const words = text
    .normalize("NFKD")
    // The marks NFKD splits off ("é" is "e" and an accent): the letter stays.
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= maximumSlugWordsLength) return words;
  const cut = words.slice(0, maximumSlugWordsLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, maximumSlugWordsLength)).replace(
    /-+$/,
    "",
  );
}

/** `slugify(goal)-<the id's last six hex digits>`; a goal with no ASCII letter or digit gives "path". */
export function pathSlug(goal: string, pathId: string): string {
  const words = slugify(goal) || "path";
  return `${words}-${pathId.replace(/-/g, "").slice(-6).toLowerCase()}`;
}

/** What a slug may look like: anything else names no path, and never reaches the store. */
export const isPathSlug = (slug: string): boolean =>
  typeof slug === "string" &&
  slug.length <= maximumSlugWordsLength + 7 &&
  /^[a-z0-9-]+-[0-9a-f]{6}$/.test(slug);
