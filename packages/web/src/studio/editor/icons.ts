// The Paragon icons Studio uses, typed: the package ships its icons as untyped JavaScript, which
// the type-aware lint rules would otherwise treat as errors wherever one is used.
import type { ComponentType } from 'react';
import * as paragonIcons from '@openedx/paragon/icons';

type IconComponent = ComponentType;

export const { Add, ArrowDownward, ArrowUpward, Delete, Download, DragIndicator, Edit, Upload } =
  paragonIcons as unknown as Readonly<
    Record<
      'Add' | 'ArrowDownward' | 'ArrowUpward' | 'Delete' | 'Download' | 'DragIndicator' | 'Edit' | 'Upload',
      IconComponent
    >
  >;
