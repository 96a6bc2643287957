/**
 * Where mailed links lead: pages of the web app that read the token from the query string and
 * post it back (`POST /api/v1/auth/password-reset/confirm`, `POST /api/v1/auth/invitation/accept`).
 */
export const passwordResetLink = (publicUrl: string, token: string) =>
  `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`;

export const invitationLink = (publicUrl: string, token: string) =>
  `${publicUrl}/invitation?token=${encodeURIComponent(token)}`;
