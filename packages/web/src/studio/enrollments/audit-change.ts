// What an audit entry's before and after say beyond its action: the version a learner moved
// between when a new version was published, or how an enrollment was made (form, CSV, demo…).
export type AuditChange =
  | { readonly kind: 'version'; readonly from: number | null; readonly to: number }
  | { readonly kind: 'source'; readonly source: string }
  | { readonly kind: 'none' };

const field = (document: unknown, name: string): unknown =>
  typeof document === 'object' && document !== null ? (document as Record<string, unknown>)[name] : undefined;

export function auditChange(action: string, before: unknown, after: unknown): AuditChange {
  const to = field(after, 'version');
  if (action === 'version_changed' && typeof to === 'number') {
    const from = field(before, 'version');
    return { kind: 'version', from: typeof from === 'number' ? from : null, to };
  }
  const source = field(after, 'source');
  return typeof source === 'string' ? { kind: 'source', source } : { kind: 'none' };
}
