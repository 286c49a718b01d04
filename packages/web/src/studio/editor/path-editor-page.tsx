// Studio's path editor page, at /paths/new for a new path and /paths/KEY for a saved one: loads
// the path, then hands it to the editor.
import { Alert, Spinner } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { errorWords } from '../../shared/api/error-words.ts';
import { PathEditor } from './path-editor.tsx';
import { usePathDocument } from './use-path-document.ts';
import { messages } from './messages.ts';
import './editor.css';

/** The route parameter of a path not saved yet. */
const NEW_PATH = 'new';

export function PathEditorPage() {
  const intl = useIntl();
  const { key = NEW_PATH } = useParams();
  const pathDocument = usePathDocument(key === NEW_PATH ? null : key);
  const { loading } = pathDocument;
  if (loading.status === 'loading')
    return <Spinner animation="border" screenReaderText={intl.formatMessage(messages.loading)} />;
  if (loading.status === 'failed')
    return (
      <Alert variant="danger">
        {loading.notFound
          ? intl.formatMessage(messages.notFound, { key })
          : intl.formatMessage(messages.loadFailed, { error: errorWords(intl, loading.error) })}
      </Alert>
    );
  return <PathEditor pathDocument={pathDocument} />;
}
