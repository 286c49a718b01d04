// Reads one API route for a screen: the answer, the error, whether a read is under way, and a
// way to read again (after a write, or a "try again"). It also reads again when `refresh` changes,
// for pages whose sections follow one counter. The previous answer stays while the next loads, so
// lists do not jump; a newer address cancels an older read.
import { useCallback, useEffect, useState } from 'react';
import { routeUrl, type Address } from './api-call.ts';
import { request } from './client.ts';
import type { CallAnswer, ReadRoute, RouteLocation } from './types.ts';

export interface ApiRead<T> {
  readonly data: T | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
}

export function useApi<R extends ReadRoute>(
  route: R,
  location: RouteLocation<R, 'get'>,
  refresh = 0,
): ApiRead<CallAnswer<R, 'get'>> {
  type T = CallAnswer<R, 'get'>;
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  const url = routeUrl(route, location as Address);
  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    request(url, { signal: controller.signal })
      .then((answer) => {
        setData(answer as T);
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
