// What a user's grants (`author` of `org:DemoU`, `instructor` of `*`…) allow in Studio: the
// organisations to offer in the list's filter and a new path's key, and whether they may author
// an organisation's paths (the server decides; this only hides what would be refused).

interface Grant {
  readonly role: string;
  readonly scope: string;
}

interface Grantee {
  readonly isAdmin: boolean;
  readonly roles: readonly Grant[];
}

/** The organisations of the grants of some roles, sorted; empty when one grant covers them all. */
export function grantedOrganisations(grants: readonly Grant[], roles: readonly string[]): string[] {
  const relevant = grants.filter((grant) => roles.includes(grant.role));
  if (relevant.some((grant) => grant.scope === '*')) return [];
  const orgs = relevant.flatMap((grant) => (grant.scope.startsWith('org:') ? [grant.scope.slice(4)] : []));
  return [...new Set(orgs)].sort();
}

/** Whether the user may create and change the paths of `org`; without one, of any organisation. */
export function canAuthor(user: Grantee, org?: string): boolean {
  return (
    user.isAdmin ||
    user.roles.some(
      (grant) =>
        grant.role === 'author' && (grant.scope === '*' || org === undefined || grant.scope === `org:${org}`),
    )
  );
}
