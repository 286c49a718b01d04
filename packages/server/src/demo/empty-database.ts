// Whether a database is empty, as demonstration data needs it: no paths and no users.
import type { DataAccess } from '../store/data-access.ts';

export async function isEmptyDatabase(data: DataAccess): Promise<boolean> {
  const { total } = await data.paths.list({ access: 'all', limit: 1, offset: 0 });
  if (total > 0) return false;
  return (await data.users.count()) === 0;
}
