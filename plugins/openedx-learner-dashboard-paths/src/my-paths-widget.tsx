// Learner Home's sidebar widget: the learner's paths with their progress and next step, each linking
// to its page in our Learn app. Read through the MFE's authenticated client at LEARNING_PATHS_API_URL.
import { useEffect, useState } from 'react';
import { Alert, Card, ProgressBar } from '@openedx/paragon';
import { getConfig } from '@edx/frontend-platform';
import { getAuthenticatedHttpClient } from '@edx/frontend-platform/auth';
import { useIntl } from '@edx/frontend-platform/i18n';
import { messages } from './messages.ts';

/** frontend-platform's types return its axios client as an HttpClient they never declare. */
interface HttpClient {
  get<T>(url: string): Promise<{ data: T }>;
}
const authenticatedClient = getAuthenticatedHttpClient as unknown as () => HttpClient;

interface LearningPath {
  readonly key: string;
  readonly title: string;
  readonly progress: number;
  readonly next?: readonly { readonly id: string; readonly title: string }[];
}

interface Config {
  readonly LEARNING_PATHS_API_URL?: string;
  readonly LEARNING_PATHS_URL?: string;
  readonly LMS_BASE_URL: string;
}

async function myPaths(): Promise<LearningPath[]> {
  const config = getConfig() as unknown as Config;
  const api = config.LEARNING_PATHS_API_URL ?? `${config.LMS_BASE_URL}/learning-paths`;
  const response = await authenticatedClient().get<{ items: LearningPath[] }>(
    `${api}/api/v1/me/learning?type=path&limit=100`,
  );
  return response.data.items;
}

const pageUrl = (key: string) =>
  `${(getConfig() as unknown as Config).LEARNING_PATHS_URL ?? ''}/learn/paths/${encodeURIComponent(key)}`;

export function MyPathsWidget() {
  const intl = useIntl();
  const [paths, setPaths] = useState<LearningPath[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    myPaths().then(setPaths, (failure: unknown) => {
      const detail = (failure as { response?: { data?: { detail?: string } } }).response?.data?.detail;
      setError(intl.formatMessage(messages.failed, { detail: detail ?? String(failure) }));
    });
  }, [intl]);

  return (
    <Card className="mb-3">
      <Card.Section>
        <h2 className="h4">{intl.formatMessage(messages.heading)}</h2>
        {error && <Alert variant="danger">{error}</Alert>}
        {!paths && !error && <p>{intl.formatMessage(messages.loading)}</p>}
        {paths?.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
        {paths && paths.length > 0 && (
          <ul className="list-unstyled" aria-label={intl.formatMessage(messages.heading)}>
            {paths.map((path) => {
              const progress = intl.formatMessage(messages.progress, { progress: path.progress });
              return (
                <li key={path.key} className="mb-3">
                  <a href={pageUrl(path.key)}>{path.title}</a>
                  <ProgressBar now={Math.round(path.progress * 100)} label={progress} />
                  {path.next && path.next.length > 0 && (
                    <p className="small mb-0">
                      {intl.formatMessage(messages.next, {
                        steps: intl.formatList(path.next.map((step) => step.title)),
                      })}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Card.Section>
    </Card>
  );
}
