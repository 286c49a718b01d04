// Uploads an image file an author chose to the service. What the browser can tell (type, size) is
// checked first so the author hears at once; the server's refusals become sentences about the file.
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { apiCall } from '../../../shared/api/api-call.ts';
import { ApiError } from '../../../shared/api/client.ts';
import { messages } from './messages.ts';

/** What the service takes (docs/service.md, Images). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
const MAX_BYTES = 2 * 1024 * 1024;

export type UploadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'uploading' | 'uploaded'; readonly name: string }
  | { readonly kind: 'failed'; readonly message: string };

export function useImageUpload(onUploaded: (url: string) => void): {
  readonly state: UploadState;
  readonly upload: (file: File) => Promise<void>;
} {
  const intl = useIntl();
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  // Only the latest choice counts: an earlier upload finishing late must not replace its image.
  const latest = useRef(0);

  const refusal = (error: unknown, name: string): string => {
    if (!(error instanceof ApiError)) return intl.formatMessage(messages.uploadNetwork, { name });
    if (error.status === 413) return intl.formatMessage(messages.uploadTooLarge, { name });
    if (error.status === 415) return intl.formatMessage(messages.uploadWrongType, { name });
    // The bytes are not the image their type says (the server looks at their magic number).
    if (error.status === 400) return intl.formatMessage(messages.uploadNotImage, { name });
    return intl.formatMessage(messages.uploadRefused, { name, detail: error.message });
  };

  const upload = async (file: File) => {
    const attempt = ++latest.current;
    const { name } = file;
    if (!IMAGE_TYPES.includes(file.type))
      return setState({ kind: 'failed', message: intl.formatMessage(messages.uploadWrongType, { name }) });
    if (file.size > MAX_BYTES)
      return setState({ kind: 'failed', message: intl.formatMessage(messages.uploadTooLarge, { name }) });
    setState({ kind: 'uploading', name });
    try {
      const image = await apiCall('/api/v1/images', 'post', { body: file, contentType: file.type });
      if (attempt !== latest.current) return;
      onUploaded(image.url);
      setState({ kind: 'uploaded', name });
    } catch (error) {
      if (attempt === latest.current) setState({ kind: 'failed', message: refusal(error, name) });
    }
  };
  return { state, upload };
}
