// The path's image: the URL of one already online, or a file the author uploads (its URL is then
// filled in), with a preview of what learners will see.
import { useId, useState } from 'react';
import { Form } from '@openedx/paragon';
import { useIntl } from 'react-intl';
import { allowedImageSource } from '@learning-paths/core';
import { pageImagePolicy } from '../../../shared/content/image-policy.ts';
import { useSession } from '../../../shared/auth/session.tsx';
import { canAuthor } from '../../path-list/grants.ts';
import { TextField } from '../fields/text-field.tsx';
import { IMAGE_TYPES, useImageUpload, type UploadState } from './use-image-upload.ts';
import { messages } from './messages.ts';
import './image-field.css';

/** Images the preview may load: those online, and those uploaded here. */
const previewable = (url: string | undefined): url is string =>
  url !== undefined && /^(https?:\/\/|\/api\/v1\/images\/)/.test(url);

export function ImageField({
  value,
  onChange,
}: {
  readonly value: string | undefined;
  readonly onChange: (value: string | undefined) => void;
}) {
  const intl = useIntl();
  const { user } = useSession();
  const uploadId = useId();
  const { state, upload } = useImageUpload(onChange);
  const status = (current: UploadState) => {
    if (current.kind === 'failed') return current.message;
    if (current.kind === 'idle') return intl.formatMessage(messages.uploadHelp);
    return intl.formatMessage(current.kind === 'uploading' ? messages.uploading : messages.uploaded, {
      name: current.name,
    });
  };
  return (
    <div className="mb-3">
      <TextField
        pointer="/image"
        type="url"
        label={intl.formatMessage(messages.image)}
        help={intl.formatMessage(messages.imageHelp)}
        value={value}
        onChange={onChange}
      />
      {/* The server refuses uploads from those who may not author, so they are not offered one. */}
      {canAuthor(user) && (
        <Form.Group controlId={uploadId} isInvalid={state.kind === 'failed'} className="image-upload">
          <Form.Label>{intl.formatMessage(messages.upload)}</Form.Label>
          <Form.Control
            type="file"
            accept={IMAGE_TYPES.join(',')}
            aria-invalid={state.kind === 'failed'}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
              const file = event.target.files?.[0];
              // Cleared so that choosing the same file again uploads it again.
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
          {/* One element whose text changes, so screen readers announce each step. */}
          <Form.Control.Feedback type={state.kind === 'failed' ? 'invalid' : 'default'} aria-live="polite">
            {status(state)}
          </Form.Control.Feedback>
        </Form.Group>
      )}
      {previewable(value) && <ImagePreview key={value} src={value} />}
    </div>
  );
}

/** The image as learners will see it, or a sentence when none loads from the address. */
function ImagePreview({ src }: { readonly src: string }) {
  const intl = useIntl();
  const [failed, setFailed] = useState(false);
  // Learners' pages load images only from where the image policy allows: neither does the preview.
  if (!allowedImageSource(src, pageImagePolicy()))
    return <p className="small text-gray-700">{intl.formatMessage(messages.imageNotAllowed)}</p>;
  if (failed) return <p className="small text-gray-700">{intl.formatMessage(messages.imageUnavailable)}</p>;
  return (
    <img
      className="image-preview"
      src={src}
      alt={intl.formatMessage(messages.imagePreview)}
      onError={() => setFailed(true)}
    />
  );
}
