// Plugin slots: named places in the UIs where a plugin adds its own component (a field in the step
// form, a panel in the editor, a tab, a page of Learn) without touching the core. Components are
// registered before the app renders: by a plugin's browser bundle (browser-plugins.ts, which names
// the plugin) or by code of the app itself; the app renders `<PluginSlot id=… props=… />` where the
// slot is. docs/web-plugin-slots.md lists the slot ids and the props each passes. Each insertion
// renders inside an error boundary of its own: a component that throws hides that insertion, not the
// page.
import type { SlotMessage } from '@learning-paths/plugin-api';
import { Component, Fragment, type ComponentType, type ReactNode } from 'react';

type SlotComponent = ComponentType<Record<string, unknown>>;

export interface SlotInsertion {
  /** The plugin whose bundle inserted it; null for a registration without one. */
  readonly pluginId: string | null;
  readonly component: SlotComponent;
  /** A tab's or a page's label: words as they are, or a message to format in the page's language. */
  readonly label?: string | SlotMessage;
  /** A page's path under /learn/ (slot learn.pages). */
  readonly path?: string;
}

const slots = new Map<string, SlotInsertion[]>();

export function registerSlotComponent<Props extends object>(
  slotId: string,
  component: ComponentType<Props>,
  options: { readonly pluginId?: string; readonly label?: string | SlotMessage; readonly path?: string } = {},
): void {
  const insertion: SlotInsertion = {
    pluginId: options.pluginId ?? null,
    component: component as unknown as SlotComponent,
    ...(options.label === undefined ? {} : { label: options.label }),
    ...(options.path === undefined ? {} : { path: options.path }),
  };
  slots.set(slotId, [...(slots.get(slotId) ?? []), insertion]);
}

/** The insertions of a slot, in registration order (for slots that lay them out themselves: tabs). */
export function slotInsertions(slotId: string): readonly SlotInsertion[] {
  return slots.get(slotId) ?? [];
}

/** For tests: forget every registration. */
export function clearSlotComponents(): void {
  slots.clear();
}

/** Renders nothing once its insertion has thrown, and says which plugin's it was. */
class InsertionBoundary extends Component<
  { readonly pluginId: string | null; readonly slotId: string; readonly children: ReactNode },
  { readonly failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(
      `plugin ${this.props.pluginId ?? '(the app)'}: its component in ${this.props.slotId} threw`,
      error,
    );
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/** One insertion with the slot's props, behind its own error boundary. */
export function SlotInsertionView({
  slotId,
  insertion,
  props,
}: {
  readonly slotId: string;
  readonly insertion: SlotInsertion;
  readonly props: Record<string, unknown>;
}) {
  const Inserted = insertion.component;
  return (
    <InsertionBoundary pluginId={insertion.pluginId} slotId={slotId}>
      <Inserted {...props} />
    </InsertionBoundary>
  );
}

export function PluginSlot({
  id,
  props = {},
  itemClassName,
}: {
  readonly id: string;
  readonly props?: Record<string, unknown>;
  /** Wraps each insertion in a div of this class: a page spaces plugins' sections as its own. */
  readonly itemClassName?: string;
}) {
  return (
    <>
      {slotInsertions(id).map((insertion, index) => {
        const view = <SlotInsertionView slotId={id} insertion={insertion} props={props} />;
        return itemClassName ? (
          <div key={index} className={itemClassName}>
            {view}
          </div>
        ) : (
          <Fragment key={index}>{view}</Fragment>
        );
      })}
    </>
  );
}
