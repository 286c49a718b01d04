// Use case: sign out of the web UI: the session a request was signed in by ends.
import type { DataAccess } from '../../store/data-access.ts';

export async function closeSession({
  data,
  cookieValue,
}: {
  data: Pick<DataAccess, 'sessions'>;
  cookieValue: string;
}): Promise<void> {
  await data.sessions.delete(cookieValue);
}
