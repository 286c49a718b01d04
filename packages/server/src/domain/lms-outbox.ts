// Where a call queued for the LMS stands: waiting to be sent (or sent again after a failure), done,
// or failed for good (the LMS refused it).

export const OUTBOX_STATES = ['waiting', 'done', 'failed'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
