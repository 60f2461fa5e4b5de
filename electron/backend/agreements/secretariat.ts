/**
 * The secretaría técnica as a responsible: a unit, not a member institution, so it has no row of
 * its own; lists name it after the institutions and searches find it by this name.
 */
export const SECRETARIAT = 'Secretaría Técnica';
