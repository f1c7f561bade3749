/**
 * Reordering the agenda's slots by keyboard, as a sortable list does: on a slot's handle the arrow keys
 * move it one place, Home and End to the first and last place. The new position, 0 first, is what
 * `moveAgendaSlot` takes; null when the key moves nothing (not such a key, or already at that end).
 */
export function positionAfterKey(key: string, index: number, count: number): number | null {
  const wanted =
    key === "ArrowUp"
      ? index - 1
      : key === "ArrowDown"
        ? index + 1
        : key === "Home"
          ? 0
          : key === "End"
            ? count - 1
            : null;
  if (wanted === null || wanted < 0 || wanted >= count || wanted === index) return null;
  return wanted;
}

/** What the live region says once a move went through: where the slot is now, and its new times. */
export function moveAnnouncement(title: string, position: number, count: number, times: string): string {
  return `${title} moved to position ${position + 1} of ${count}, now ${times}.`;
}
