import { NotAnOrganiser } from "@meetstream/core/community";

/**
 * A field the viewer may not see reads as null, not as an error: core's queries decide who sees what and
 * refuse with `NotAnOrganiser`; the API only says it the way GraphQL readers expect.
 */
export async function nullWhenRefused<Answer>(answer: Promise<Answer>): Promise<Answer | null> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof NotAnOrganiser) return null;
    throw error;
  }
}
