// The course outline sidebar's "Learning paths" panel: the paths this course is a step of, each
// linking to its editor in our Studio, and "Add to a path" for the paths the author may change.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Card, Form } from '@openedx/paragon';
import { useIntl } from '@edx/frontend-platform/i18n';
import { messages } from './messages.ts';
import { withCourseStep } from './add-step.ts';
import {
  me,
  pathsWithCourse,
  readDraft,
  saveDraft,
  studioUrl,
  visiblePaths,
  type Me,
  type PathStatus,
  type PathSummary,
} from './service-api.ts';

/** The props frontend-app-authoring's course_outline_sidebar slot passes. */
export interface LearningPathsPanelProps {
  readonly courseId: string;
  readonly courseName: string;
}

const statusMessage = {
  draft: messages.statusDraft,
  published: messages.statusPublished,
  archived: messages.statusArchived,
} satisfies Record<PathStatus, unknown>;

/** The server decides; this only leaves out what it would refuse (grants as Studio reads them). */
const mayAuthor = ({ user }: Me, path: PathSummary) =>
  user.isAdmin ||
  user.roles.some(
    ({ role, scope }) =>
      role === 'author' && (scope === '*' || scope === `org:${path.org}` || scope === `path:${path.key}`),
  );

interface Lists {
  readonly inPaths: PathSummary[];
  readonly addable: PathSummary[];
}

async function loadLists(courseId: string): Promise<Lists> {
  const [inPaths, visible, user] = await Promise.all([pathsWithCourse(courseId), visiblePaths(), me()]);
  const already = new Set(inPaths.map((path) => path.key));
  const addable = visible.filter(
    (path) => path.status !== 'archived' && !already.has(path.key) && mayAuthor(user, path),
  );
  return { inPaths, addable };
}

const detailOf = (error: unknown) => {
  const response = (error as { response?: { status?: number; data?: { detail?: string } } }).response;
  return { status: response?.status, detail: response?.data?.detail ?? String(error) };
};

export function LearningPathsPanel({ courseId, courseName }: LearningPathsPanelProps) {
  const intl = useIntl();
  const [lists, setLists] = useState<Lists | null>(null);
  const [chosen, setChosen] = useState('');
  const [notice, setNotice] = useState<{ variant: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(
    () =>
      loadLists(courseId).then(setLists, (error: unknown) =>
        setNotice({ variant: 'danger', text: intl.formatMessage(messages.failed, detailOf(error)) }),
      ),
    [courseId, intl],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const path = lists?.addable.find((candidate) => candidate.key === chosen);
    if (!path) return;
    setBusy(true);
    try {
      const { draft, draftRevision } = await readDraft(path.key);
      await saveDraft(path.key, withCourseStep(draft, courseId), draftRevision);
      setNotice({ variant: 'success', text: intl.formatMessage(messages.added, { title: path.title }) });
      setChosen('');
    } catch (error) {
      const { status, detail } = detailOf(error);
      const text =
        status === 409
          ? intl.formatMessage(messages.conflict, { title: path.title })
          : intl.formatMessage(messages.failed, { detail });
      setNotice({ variant: 'danger', text });
    } finally {
      await reload();
      setBusy(false);
    }
  };

  return (
    <Card className="mb-3">
      <Card.Section>
        <h2 className="h4">{intl.formatMessage(messages.heading)}</h2>
        {notice && (
          <Alert variant={notice.variant} dismissible onClose={() => setNotice(null)}>
            {notice.text}
          </Alert>
        )}
        {!lists ? (
          <p>{intl.formatMessage(messages.loading)}</p>
        ) : lists.inPaths.length === 0 ? (
          <p>{intl.formatMessage(messages.none)}</p>
        ) : (
          <ul className="list-unstyled" aria-label={intl.formatMessage(messages.listLabel, { courseName })}>
            {lists.inPaths.map((path) => (
              <li key={path.key} className="d-flex justify-content-between align-items-center mb-2">
                <a
                  href={studioUrl(path.key)}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-label={intl.formatMessage(messages.edit, { title: path.title })}
                >
                  {path.title}
                </a>
                <Badge variant={path.status === 'published' ? 'success' : 'light'}>
                  {intl.formatMessage(statusMessage[path.status])}
                </Badge>
              </li>
            ))}
          </ul>
        )}
        {lists && lists.addable.length > 0 && (
          <Form onSubmit={(event: FormEvent) => void add(event)}>
            <Form.Group controlId={`learning-paths-add-${courseId}`}>
              <Form.Label>{intl.formatMessage(messages.addLabel)}</Form.Label>
              <Form.Control
                as="select"
                value={chosen}
                onChange={(event: { target: { value: string } }) => setChosen(event.target.value)}
              >
                <option value="">{intl.formatMessage(messages.choose)}</option>
                {lists.addable.map((path) => (
                  <option key={path.key} value={path.key}>
                    {path.title}
                  </option>
                ))}
              </Form.Control>
            </Form.Group>
            <Button type="submit" variant="outline-primary" size="sm" disabled={!chosen || busy}>
              {intl.formatMessage(messages.add)}
            </Button>
          </Form>
        )}
      </Card.Section>
    </Card>
  );
}
