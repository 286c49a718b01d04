// Learn's /paths/:key: the path page, or "Page not found" when the address's key cannot name a
// path at all (the API would answer 400, which the path page shows as a failure to load).
import { parsePathKey } from '@learning-paths/core';
import { useParams } from 'react-router-dom';
import { LearnNotFound } from './learn-not-found.tsx';
import { PathPage } from './path-page/path-page.tsx';

function isPathKey(text: string): boolean {
  try {
    parsePathKey(text);
    return true;
  } catch {
    return false;
  }
}

/** /paths/:key: the path page, or "Page not found" when the key cannot name a path. */
export function PathRoute() {
  const { key = '' } = useParams();
  return isPathKey(key) ? <PathPage /> : <LearnNotFound />;
}
