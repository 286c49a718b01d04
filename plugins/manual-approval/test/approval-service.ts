// The service the API tests run against: the demo institution with this plugin loaded, accounts with
// API tokens (an author and an instructor of the Cloud Native path, an instructor of another path,
// two learners), and the Cloud Native path republished with two approval steps: `linux` asks for
// approval only, `observability` for approval besides 90% completion. `ann` is enrolled on it.
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { startService, type RunningService } from '../../test/plugin-service.ts';

export const PLUGIN_FOLDER = fileURLToPath(new URL('..', import.meta.url));
export const CLOUD = 'path-v1:OpenTech+CLOUD+2026+selfpaced';
/** An invite-only demo path, of which `outsider` is an instructor. */
export const DATA_SCIENCE = 'path-v1:DemoU+DS+2026+spring';
export const ROUTES = '/api/v1/plugins/org.learningpaths.manual-approval';

export const at = (key: string) => `${ROUTES}/paths/${encodeURIComponent(key)}`;

interface Node {
  id: string;
  criteria?: Record<string, unknown>;
  children?: Node[];
}

type Definition = { readonly requirements: Node } & Readonly<Record<string, unknown>>;

/** The definition with `criteria` set on the steps named. */
function withCriteria(node: Node, criteria: Readonly<Record<string, Record<string, unknown>>>): Node {
  const own = criteria[node.id];
  return {
    ...node,
    ...(own ? { criteria: own } : {}),
    ...(node.children ? { children: node.children.map((child) => withCriteria(child, criteria)) } : {}),
  };
}

/** Saves the path's draft with these criteria on its steps and publishes it, as `author`. */
export async function publishWithCriteria(
  service: RunningService,
  author: string,
  key: string,
  criteria: Readonly<Record<string, Record<string, unknown>>>,
): Promise<void> {
  const path = await service.call(author, 'GET', `/api/v1/paths/${encodeURIComponent(key)}`);
  expect(path.status).toBe(200);
  const { draft, definition } = path.body as { draft?: Definition; definition: Definition };
  const edited = draft ?? definition;
  const changed = { ...edited, requirements: withCriteria(edited.requirements, criteria) };
  const stored = await service.call(author, 'PUT', `/api/v1/paths/${encodeURIComponent(key)}/draft`, {
    definition: changed,
  });
  expect(stored.status, JSON.stringify(stored.body)).toBe(200);
  const published = await service.call(author, 'POST', `/api/v1/paths/${encodeURIComponent(key)}/publish`);
  expect(published.status, JSON.stringify(published.body)).toBe(200);
}

export async function startApprovalService(
  environment: Record<string, string> = {},
): Promise<RunningService> {
  const service = await startService({
    plugins: [PLUGIN_FOLDER],
    demo: true,
    environment,
    users: {
      writer: { role: 'author', scope: 'org:OpenTech' },
      coach: { role: 'instructor', scope: `path:${CLOUD}` },
      outsider: { role: 'instructor', scope: `path:${DATA_SCIENCE}` },
      ann: { role: 'learner', email: 'ann@example.org' },
      bob: { role: 'learner', email: 'bob@example.org' },
    },
  });
  try {
    await publishWithCriteria(service, 'writer', CLOUD, {
      linux: { approvedByStaff: true },
      observability: { completion: 0.9, approvedByStaff: true },
    });
    const enrolled = await service.call(
      'coach',
      'POST',
      `/api/v1/paths/${encodeURIComponent(CLOUD)}/enrollments`,
      {
        learners: ['ann'],
      },
    );
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    return service;
  } catch (error) {
    await service.stop();
    throw error;
  }
}
