// Reads one API address for a screen: the answer, the error, whether a read is under way, and a
// way to read again (after a write, or a "try again"). It also reads again when `refresh` changes,
// for pages whose sections follow one counter. The previous answer stays while the next loads, so
// lists do not jump; a newer address cancels an older read.
import { useCallback, useEffect, useState } from 'react';
import { api } from './client.ts';

export interface ApiRead<T> {
  readonly data: T | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
}

export function useApi<T>(url: string, refresh = 0): ApiRead<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    api<T>(url, { signal: controller.signal })
      .then((answer) => {
        setData(answer);
        setError(undefined);
        setLoading(false);
      })
      .catch((caught: unknown) => {
        if (controller.signal.aborted) return;
        setError(caught instanceof Error ? caught : new Error(String(caught)));
        setLoading(false);
      });
    return () => controller.abort();
  }, [url, refresh, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { data, error, loading, reload };
}
