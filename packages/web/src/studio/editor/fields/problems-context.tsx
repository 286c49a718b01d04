// The validation problems of the definition being edited, as the fields read them: each field
// asks for the problems at its pointer; a field shows them once the author has changed or left it,
// or every field does once the author saved, tried to publish or reopened a saved draft (so that a
// new, empty path is not all red before anything is typed). Badges and the list count only those.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { PathDefinition, Problem } from '@learning-paths/core';
import { formatProblem } from '../../../shared/intl/format-words.ts';
import { fieldOf, fieldPointers, problemsByField } from '../validation/field-pointers.ts';

interface Problems {
  /** The messages of the problems shown at a field, in the author's language. */
  readonly at: (pointer: string) => readonly string[];
  /** How many problems are shown at or inside a pointer (for badges). */
  readonly within: (pointer: string) => number;
  readonly touch: (pointer: string) => void;
  /** The problems shown, in document order, for the list above the editor. */
  readonly shown: readonly Problem[];
}

const ProblemsContext = createContext<Problems>({
  at: () => [],
  within: () => 0,
  touch: () => {},
  shown: [],
});

export function ProblemsProvider({
  definition,
  problems,
  showAll,
  children,
}: {
  readonly definition: PathDefinition;
  readonly problems: readonly Problem[];
  /** Show every problem, touched or not (a reopened draft, after a save or a try to publish). */
  readonly showAll: boolean;
  readonly children: ReactNode;
}) {
  const intl = useIntl();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const value = useMemo<Problems>(() => {
    const fields = fieldPointers(definition);
    const visible = (field: string) => showAll || touched.has(field);
    const byField = new Map([...problemsByField(problems, fields)].filter(([field]) => visible(field)));
    return {
      at: (pointer) => (byField.get(pointer) ?? []).map((problem) => formatProblem(intl, problem)),
      within: (pointer) =>
        [...byField].reduce(
          (count, [field, found]) =>
            field === pointer || field.startsWith(`${pointer}/`) ? count + found.length : count,
          0,
        ),
      touch: (pointer) =>
        setTouched((previous) => (previous.has(pointer) ? previous : new Set(previous).add(pointer))),
      shown: problems.filter((problem) =>
        visible(fieldOf(problem.pointer === '/' ? '' : problem.pointer, fields)),
      ),
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
