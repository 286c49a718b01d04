// Plugin slots: named places in the UIs where a plugin adds its own component (a field in the step
// form, a panel in the editor) without touching the core. A plugin calls `registerSlotComponent`
// before the app renders; the app renders `<PluginSlot id=… props=… />` where the slot is.
// docs/web-plugin-slots.md lists the slot ids and the props each passes.
import type { ComponentType } from 'react';

type SlotComponent = ComponentType<Record<string, unknown>>;

const slots = new Map<string, SlotComponent[]>();

export function registerSlotComponent<Props extends object>(
  slotId: string,
  component: ComponentType<Props>,
): void {
  slots.set(slotId, [...(slots.get(slotId) ?? []), component as unknown as SlotComponent]);
}

/** For tests: forget every registration. */
export function clearSlotComponents(): void {
  slots.clear();
}

export function PluginSlot({
  id,
  props = {},
}: {
  readonly id: string;
  readonly props?: Record<string, unknown>;
}) {
  const components = slots.get(id) ?? [];
  return (
    <>
      {components.map((Component, index) => (
        <Component key={index} {...props} />
      ))}
    </>
  );
}
