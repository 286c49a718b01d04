// The service's routes this panel calls, through the MFE's authenticated HTTP client (the LMS's JWT
// cookies, USE-JWT-COOKIE, and Django's CSRF token on writes), at LEARNING_PATHS_API_URL.
import { getConfig } from '@edx/frontend-platform';
import { getAuthenticatedHttpClient } from '@edx/frontend-platform/auth';

/** frontend-platform's types return its axios client as an HttpClient they never declare. */
interface HttpClient {
  get<T>(url: string): Promise<{ data: T }>;
  put(url: string, body: unknown): Promise<unknown>;
}
const authenticatedClient = getAuthenticatedHttpClient as unknown as () => HttpClient;

export type PathStatus = 'draft' | 'published' | 'archived';

export interface PathSummary {
  readonly key: string;
  readonly org: string;
  readonly title: string;
  readonly status: PathStatus;
}

export interface PathDraft {
  readonly draft: Record<string, unknown>;
  readonly draftRevision: number;
}

export interface Me {
  readonly user: { readonly isAdmin: boolean; readonly roles: readonly { role: string; scope: string }[] };
}

interface Config {
  readonly LEARNING_PATHS_API_URL?: string;
  readonly LEARNING_PATHS_URL?: string;
  readonly LMS_BASE_URL: string;
}

const config = () => getConfig() as unknown as Config;

/** The API: where the site routes it (default: /learning-paths on the LMS host, which gets the JWT cookies). */
const apiUrl = (path: string) =>
  `${config().LEARNING_PATHS_API_URL ?? `${config().LMS_BASE_URL}/learning-paths`}${path}`;

/** The path's editor in our Studio, on the service's own address. */
export const studioUrl = (key: string) =>
  `${config().LEARNING_PATHS_URL ?? ''}/studio/paths/${encodeURIComponent(key)}`;

async function get<T>(path: string): Promise<T> {
  const response = await authenticatedClient().get<T>(apiUrl(path));
  return response.data;
}

export const pathsWithCourse = async (course: string): Promise<PathSummary[]> =>
  (await get<{ items: PathSummary[] }>(`/api/v1/paths?limit=100&course=${encodeURIComponent(course)}`)).items;

export const visiblePaths = async (): Promise<PathSummary[]> =>
  (await get<{ items: PathSummary[] }>('/api/v1/paths?limit=100')).items;

export const me = () => get<Me>('/api/v1/me');

export const readDraft = (key: string) => get<PathDraft>(`/api/v1/paths/${encodeURIComponent(key)}`);

export async function saveDraft(key: string, definition: unknown, expectedRevision: number): Promise<void> {
  await authenticatedClient().put(apiUrl(`/api/v1/paths/${encodeURIComponent(key)}/draft`), {
    definition,
    expectedRevision,
  });
}
