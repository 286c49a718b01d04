// Types for what the plugins' tests use of @openedx/frontend-plugin-framework, which ships none.
declare module '@openedx/frontend-plugin-framework' {
  import type { ComponentType, ReactNode } from 'react';

  export const DIRECT_PLUGIN: 'direct';
  export const PLUGIN_OPERATIONS: {
    readonly Insert: 'insert';
    readonly Hide: 'hide';
    readonly Modify: 'modify';
    readonly Wrap: 'wrap';
  };
  export function PluginSlot(props: {
    id: string;
    idAliases?: string[];
    pluginProps?: Record<string, unknown>;
    children?: ReactNode;
  }): ReactNode;
  export interface DirectPluginWidget {
    id: string;
    type: typeof DIRECT_PLUGIN;
    priority: number;
    RenderWidget: ComponentType<never>;
  }
}
