// The changes to an account the account audit log records.

export const ACCOUNT_ACTIONS = [
  'token_created',
  'token_revoked',
  'user_disabled',
  'user_enabled',
  'role_granted',
  'role_revoked',
  'lms_linked',
] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];
