// The staff's calls from Studio, through `app.api` (session cookie, CSRF token on writes): a path's
// credential templates, saving one, uploading its image, the path's credentials and revoking one;
// and the addresses opened as files (the CSV export, the sample PDF), which the session reaches.
import type { BrowserPluginApi } from '@learning-paths/plugin-api';
import type { TemplateValues } from '../../issuance/credential-template.ts';
import type { StaffCredentialItem } from '../../routes/credential-views.ts';
import type { TemplateItem, TemplatesAnswer } from '../../routes/template-routes.ts';

export interface CredentialFilters {
  readonly tier: string;
  /** '' for every status. */
  readonly revoked: '' | 'true' | 'false';
  readonly search: string;
}

export interface CredentialPage {
  readonly items: StaffCredentialItem[];
  readonly total: number;
  readonly canRevoke: boolean;
}

export interface StaffApi {
  templates(pathKey: string): Promise<TemplatesAnswer>;
  saveTemplate(pathKey: string, tierId: string, values: TemplateValues): Promise<TemplateItem>;
  /** Uploads an image as Studio does a path's; resolves with its address. */
  uploadImage(file: File): Promise<string>;
  credentials(
    pathKey: string,
    filters: CredentialFilters,
    offset: number,
    limit: number,
  ): Promise<CredentialPage>;
  revoke(id: string, reason: string): Promise<StaffCredentialItem>;
  csvUrl(pathKey: string, filters: CredentialFilters): string;
  previewPdfUrl(pathKey: string, tierId: string, name: string): string;
}

const pathUrl = (pathKey: string) => `/api/v1/paths/${encodeURIComponent(pathKey)}`;

/** The filters that are set, as a query string (with its `?`, or '' for none). */
function filterQuery(filters: CredentialFilters, more: Record<string, string> = {}): string {
  const query = new URLSearchParams(more);
  if (filters.tier) query.set('tier', filters.tier);
  if (filters.revoked) query.set('revoked', filters.revoked);
  if (filters.search.trim()) query.set('search', filters.search.trim());
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function staffApi(app: BrowserPluginApi): StaffApi {
  return {
    templates: (pathKey) => app.api<TemplatesAnswer>(`${pathUrl(pathKey)}/credential-templates`),
    saveTemplate: (pathKey, tierId, values) =>
      app.api<TemplateItem>(`${pathUrl(pathKey)}/credential-templates/${encodeURIComponent(tierId)}`, {
        method: 'PUT',
        body: values,
      }),
    async uploadImage(file) {
      const image = await app.api<{ url: string }>('/api/v1/images', {
        method: 'POST',
        body: file,
        contentType: file.type,
      });
      return image.url;
    },
    credentials: (pathKey, filters, offset, limit) =>
      app.api<CredentialPage>(
        `${pathUrl(pathKey)}/credentials${filterQuery(filters, { offset: String(offset), limit: String(limit) })}`,
      ),
    revoke: (id, reason) =>
      app.api<StaffCredentialItem>(`/api/v1/credentials/${encodeURIComponent(id)}/revoke`, {
        method: 'POST',
        body: { reason },
      }),
    csvUrl: (pathKey, filters) => `${pathUrl(pathKey)}/credentials.csv${filterQuery(filters)}`,
    previewPdfUrl: (pathKey, tierId, name) =>
      `${pathUrl(pathKey)}/credential-templates/${encodeURIComponent(tierId)}/preview.pdf?${new URLSearchParams({ name })}`,
  };
}
