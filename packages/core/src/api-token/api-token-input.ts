import { InvalidApiToken } from "./errors";
import { type ApiTokenScope, apiTokenScopes } from "./events";

export const maximumNameLength = 60;

/** A token's name as its member typed it, trimmed: 1 to 60 characters, on one line. */
export function parseApiTokenName(name: unknown): string {
  if (typeof name !== "string") throw new InvalidApiToken("its name must be text");
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new InvalidApiToken("give it a name, to tell it apart from your others");
  if (trimmed.length > maximumNameLength)
    throw new InvalidApiToken(`its name may be ${maximumNameLength} characters at most`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) throw new InvalidApiToken("its name must be on one line");
  return trimmed;
}

export function parseApiTokenScope(scope: unknown): ApiTokenScope {
  if (!apiTokenScopes.includes(scope as ApiTokenScope))
    throw new InvalidApiToken(`its scope must be one of ${apiTokenScopes.join(", ")}`);
  return scope as ApiTokenScope;
}
