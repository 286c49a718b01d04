// The addresses emails link to: a path's page in Learn, and the public unsubscribe route, which the
// service serves on the same origin as Learn (/api/v1/plugins/{id}/unsubscribe).
export function pathUrl(learnUrl: string, pathKey: string): string {
  return `${learnUrl.replace(/\/+$/, '')}/paths/${encodeURIComponent(pathKey)}`;
}

export function unsubscribeUrl(learnUrl: string, pluginId: string, token: string): string {
  const url = new URL(`/api/v1/plugins/${pluginId}/unsubscribe`, learnUrl);
  url.searchParams.set('token', token);
  return url.toString();
}
