// Use case: path staff cancel a pending enrollment. In the same transaction, the LMS calls taking
// the address out of the path's courses that no other pending enrollment of it needs are queued.
import type { LmsPort } from '../../lms/lms-port.ts';
import { queueCancelledInLms } from './pending-in-lms.ts';
import {
  removePendingEnrollmentInTransaction,
  type RemovePendingEnrollmentOptions,
} from './remove-pending-enrollment.ts';

export interface CancelPendingEnrollmentOptions extends RemovePendingEnrollmentOptions {
  readonly lms: LmsPort;
}

/** How many LMS calls were queued; 404 when the address is not pending on the path. */
export async function cancelPendingEnrollment(options: CancelPendingEnrollmentOptions): Promise<number> {
  return options.data.transaction(async (data) => {
    await removePendingEnrollmentInTransaction({ ...options, data });
    return queueCancelledInLms(
      options.lms,
      data,
      new Map([[options.pathKey, [options.email.toLowerCase()]]]),
      options.now,
    );
  });
}
