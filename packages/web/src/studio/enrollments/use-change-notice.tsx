// The message after a change that removes the row the user acted on (unenroll, cancel): shown in
// a live region and focused once the list has reloaded, so keyboard users keep their place.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert } from '@openedx/paragon';

export function useChangeNotice(list: unknown): {
  readonly notice: ReactNode;
  readonly announce: (message: string) => void;
  readonly clear: () => void;
} {
  const [message, setMessage] = useState<string | null>(null);
  const focusOnReload = useRef(false);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusOnReload.current) return;
    focusOnReload.current = false;
    region.current?.focus();
  }, [list]);
  return {
    notice: (
      <div ref={region} tabIndex={-1} role="status" className="lp-notice">
        {message && <Alert variant="success">{message}</Alert>}
      </div>
    ),
    announce: (text) => {
      focusOnReload.current = true;
      setMessage(text);
    },
    clear: () => setMessage(null),
  };
}
