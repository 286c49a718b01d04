// The editor's sections as tabs, each labelled with its count of problems, and the open section:
// details, structure, tiers, the what-if preview or the version history, then the plugins' tabs
// (slot studio.path.tabs, each labelled by its insertion).
import type { PathDefinition } from '@learning-paths/core';
import { useIntl } from 'react-intl';
import { EditorTabs } from './editor-tabs.tsx';
import { useProblems } from './fields/problems-context.tsx';
import { VersionHistory } from './history/version-history.tsx';
import { MetadataForm } from './metadata/metadata-form.tsx';
import { WhatIfPanel, type WhatIf } from './preview/what-if-panel.tsx';
import { StructureEditor } from './structure/structure-editor.tsx';
import { TiersEditor } from './tiers/tiers-editor.tsx';
import { useEditor } from './editor-context.tsx';
import { slotInsertions, SlotInsertionView } from '../../shared/plugins/plugin-slots.tsx';
import { STUDIO_SLOTS } from './plugin-slot-ids.ts';
import type { PathView } from './use-path-document.ts';
import { messages } from './messages.ts';

/** A plugin's tab is `plugin-` and its place among the slot's insertions. */
type CoreSection = 'details' | 'structure' | 'tiers' | 'preview' | 'history';
export type Section = CoreSection | `plugin-${number}`;

export const SECTIONS: readonly CoreSection[] = ['details', 'structure', 'tiers', 'preview', 'history'];

export function EditorSections({
  section,
  onSelect,
  view,
  valid,
  whatIf,
  onWhatIf,
}: {
  readonly section: Section;
  readonly onSelect: (section: Section) => void;
  readonly view: PathView | null;
  /** Whether the definition has no problems (the preview needs a valid one). */
  readonly valid: boolean;
  readonly whatIf: WhatIf;
  readonly onWhatIf: (whatIf: WhatIf) => void;
}) {
  const intl = useIntl();
  const { definition, edit } = useEditor();
  const pluginTabs = slotInsertions(STUDIO_SLOTS.pathTabs);
  const { within } = useProblems();
  const structure = within('/requirements');
  const tiers = within('/tiers');
  const counts: Partial<Record<CoreSection, number>> = {
    structure,
    tiers,
    details: within('') - structure - tiers,
  };
  const tabs = [
    ...SECTIONS.map((id) => {
      const count = counts[id] ?? 0;
      const label = intl.formatMessage(messages[id]);
      return count > 0
        ? { id, label, badge: intl.formatMessage(messages.tabProblems, { count }) }
        : { id, label };
    }),
    ...pluginTabs.map((insertion, index) => ({
      id: `plugin-${index}`,
      label:
        typeof insertion.label === 'object'
          ? intl.formatMessage(insertion.label)
          : (insertion.label ?? insertion.pluginId ?? `plugin-${index}`),
    })),
  ];
  const panel = (id: string) => {
    switch (id as Section) {
      case 'details':
        return <MetadataForm isNew={view === null} />;
      case 'structure':
        return <StructureEditor />;
      case 'tiers':
        return <TiersEditor />;
      case 'preview':
        return <WhatIfPanel definition={definition} valid={valid} whatIf={whatIf} onChange={onWhatIf} />;
      case 'history':
        return <VersionHistory pathKey={view?.key ?? null} publishedVersion={view?.version ?? null} />;
    }
    const insertion = pluginTabs[Number(id.slice('plugin-'.length))];
    return (
      insertion && (
        <SlotInsertionView
          slotId={STUDIO_SLOTS.pathTabs}
          insertion={insertion}
          props={{
            definition,
            pathKey: view?.key ?? null,
            onChange: (next: PathDefinition) => edit(() => next),
          }}
        />
      )
    );
  };
  return (
    <EditorTabs
      label={intl.formatMessage(messages.sections)}
      tabs={tabs}
      active={section}
      onSelect={(id) => onSelect(id as Section)}
      panel={panel}
    />
  );
}
