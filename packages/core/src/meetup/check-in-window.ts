/** The door opens this long before the start... */
export const checkInOpensBeforeStart = 2 * 60 * 60 * 1000;
/** ...and check-in stays possible this long after the end, for organisers catching up on paper lists. */
export const checkInClosesAfterEnd = 12 * 60 * 60 * 1000;
