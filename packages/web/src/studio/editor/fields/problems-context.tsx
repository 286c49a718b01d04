// The validation problems of the definition being edited, as the fields read them: each field
// asks for the problems at its pointer; a field shows them once it has been changed, or every
// field does once the author tried to save (so that a new, empty path is not all red at first).
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { PathDefinition, Problem } from '@learning-paths/core';
import { formatProblem } from '../../../shared/intl/format-words.ts';
import { fieldPointers, problemsByField } from '../validation/field-pointers.ts';

interface Problems {
  /** The messages of the problems shown at a field, in the author's language. */
  readonly at: (pointer: string) => readonly string[];
  /** How many problems there are at or inside a pointer, shown or not (for badges). */
  readonly within: (pointer: string) => number;
  readonly touch: (pointer: string) => void;
}

const ProblemsContext = createContext<Problems>({ at: () => [], within: () => 0, touch: () => {} });

export function ProblemsProvider({
  definition,
  problems,
  showAll,
  children,
}: {
  readonly definition: PathDefinition;
  readonly problems: readonly Problem[];
  /** Show every problem, touched or not (an existing path, or after a save was tried). */
  readonly showAll: boolean;
  readonly children: ReactNode;
}) {
  const intl = useIntl();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const value = useMemo<Problems>(() => {
    const byField = problemsByField(problems, fieldPointers(definition));
    return {
      at: (pointer) =>
        showAll || touched.has(pointer)
          ? (byField.get(pointer) ?? []).map((problem) => formatProblem(intl, problem))
          : [],
      within: (pointer) =>
        [...byField].reduce(
          (count, [field, found]) =>
            field === pointer || field.startsWith(`${pointer}/`) ? count + found.length : count,
          0,
        ),
      touch: (pointer) =>
        setTouched((previous) => (previous.has(pointer) ? previous : new Set(previous).add(pointer))),
    };
  }, [definition, problems, showAll, touched, intl]);
  return <ProblemsContext.Provider value={value}>{children}</ProblemsContext.Provider>;
}

export function useProblems(): Problems {
  return useContext(ProblemsContext);
}

/** The problems shown at one field, and the function that marks it as changed. */
export function useField(pointer: string): {
  readonly problems: readonly string[];
  readonly touch: () => void;
} {
  const { at, touch } = useProblems();
  return { problems: at(pointer), touch: () => touch(pointer) };
}
