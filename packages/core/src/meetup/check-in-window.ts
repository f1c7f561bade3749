/**
 * The door opens this long before the start, for organisers and hosts: early arrivals are let in before
 * the talks begin. It closes at the end.
 */
export const checkInOpensBeforeStart = 60 * 60 * 1000;
/**
 * After the end, organisers alone may still correct check-ins (a guest forgotten, a name ticked by
 * mistake) for this long; then attendance is the meetup's record and changes no more.
 */
export const correctionsCloseAfterEnd = 7 * 24 * 60 * 60 * 1000;
