// The LMS adapter the configuration names: Open edX with LMS=openedx, the standalone one otherwise.
import type { Config } from '../config/config.ts';
import type { DataAccess } from '../store/data-access.ts';
import type { LmsPort } from './lms-port.ts';
import { OpenedxLms, type ClientTuning } from './openedx/openedx-lms.ts';
import { StandaloneLms } from './standalone-lms.ts';

export function createLms(
  config: Pick<Config, 'openedxLms'>,
  data: DataAccess,
  tuning: ClientTuning = {},
): LmsPort {
  return config.openedxLms === null
    ? new StandaloneLms(data)
    : new OpenedxLms(config.openedxLms, data, tuning);
}

/**
 * The adapter the outbox sender calls: one attempt a call, cut short with the sender's timeout,
 * as the outbox does the retrying (with backoff, across processes and restarts).
 */
export function createOutboxLms(config: Pick<Config, 'openedxLms'>, data: DataAccess): LmsPort {
  return createLms(config, data, { retries: 0, timeoutMs: OUTBOX_CALL_TIMEOUT_MS });
}

/** How long one queued call may take (the sender's timeout, and the HTTP client's below it). */
export const OUTBOX_CALL_TIMEOUT_MS = 15_000;
