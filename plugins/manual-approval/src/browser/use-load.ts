// Loads what a component shows and loads it again on demand; an answer that arrives after the
// component changed what it asks for (or left) is dropped.
import { useCallback, useEffect, useState } from 'react';

export interface Loaded<T> {
  readonly data: T | null;
  readonly error: Error | null;
  readonly reload: () => void;
}

export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (answer) => {
        if (!current) return;
        setData(answer);
        setError(null);
      },
      (failure: unknown) => current && setError(failure as Error),
    );
    return () => {
      current = false;
    };
    // `key` names what `load` asks for: a new function with the same key loads nothing new.
  }, [key, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { data, error, reload };
}
