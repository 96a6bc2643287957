/** Text as a LIKE operand that matches itself only: %, _ and \ lose their special meaning. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
