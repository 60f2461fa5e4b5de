/** The secretaría técnica in selects and addresses, where the contract names it with null (or a flag). */
export const SECRETARIAT = 'st';
