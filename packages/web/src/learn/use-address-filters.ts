// Filters that live in the page's address (?search=…&…), so that a link shares them, a reload
// keeps them and Back undoes them: Explore's and My Learning's. The screen says how its filters
// read from the address (checked, not trusted) and how they are written to it.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export function useAddressFilters<F>(
  read: (params: URLSearchParams) => F,
  write: (filters: F) => URLSearchParams,
): {
  readonly filters: F;
  /** Shows other filters: a new entry in the history, or in place of this one with `replace`. */
  readonly show: (next: F, options?: { readonly replace?: boolean }) => void;
  /** The address has no query at all (a plain visit). */
  readonly bare: boolean;
} {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  // The same object while the address stays: effects that depend on the filters do not rerun.
  const filters = useMemo(() => read(new URLSearchParams(query)), [read, query]);
  const show = useCallback(
    (next: F, options: { readonly replace?: boolean } = {}) =>
      setParams(write(next), { replace: options.replace ?? false }),
    [setParams, write],
  );
  return { filters, show, bare: query === '' };
}
