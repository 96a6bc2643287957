/** People are stored with lower-case addresses; what someone types is matched the same way. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
