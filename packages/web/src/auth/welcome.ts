/**
 * Where a sign-in lands: a newcomer (no name of their own, no handle) is welcomed first, unless they chose
 * to skip the welcome in this browser; everyone else goes where the sign-in was meant to go.
 */
export function pathAfterSignIn(
  me: { newcomer: boolean; member: { id: string } } | null,
  returnTo: string,
  storage: Storage,
): string {
  if (!me?.newcomer || welcomeSkipped(storage, me.member.id)) return returnTo;
  return `${welcomePath}?next=${encodeURIComponent(returnTo)}`;
}

export const welcomePath = "/welcome";

const skippedKey = "meetstream.welcome-skipped";

/** Remembers, in this browser, that the member would rather not be welcomed again. */
export function skipWelcome(storage: Storage, memberId: string): void {
  storage.setItem(skippedKey, JSON.stringify([...skippedBy(storage), memberId]));
}

function welcomeSkipped(storage: Storage, memberId: string): boolean {
  return skippedBy(storage).includes(memberId);
}

function skippedBy(storage: Storage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(skippedKey) ?? "[]");
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    // A damaged entry is as good as none.
    return [];
  }
}
