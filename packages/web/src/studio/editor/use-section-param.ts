// The editor's open tab, kept in the address (`?tab=structure`), so that a reload or a shared link
// opens the same tab. Switching tabs replaces the address rather than adding to the history: Back
// leaves the editor, as it would from a page without tabs.
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { SECTIONS, type Section } from './editor-sections.tsx';

const DEFAULT_SECTION: Section = 'details';

function isSection(value: string | null): value is Section {
  return (SECTIONS as readonly string[]).includes(value ?? '') || /^plugin-\d+$/.test(value ?? '');
}

export function useSectionParam(): [Section, (section: Section) => void] {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab');
  const section = isSection(tab) ? tab : DEFAULT_SECTION;
  const select = useCallback(
    (next: Section) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current);
          if (next === DEFAULT_SECTION) updated.delete('tab');
          else updated.set('tab', next);
          return updated;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [section, select];
}
