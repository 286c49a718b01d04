// The Paragon icons of the progress pieces and Learn, typed: Paragon's icon package ships plain
// JavaScript without declarations, which the type-aware linter treats as untyped.
import type { ComponentType, SVGProps } from 'react';
import {
  CheckCircle as CheckCircleIcon,
  Flag as FlagIcon,
  Lock as LockIcon,
  RadioButtonUnchecked as RadioButtonUncheckedIcon,
  Route as RouteIcon,
  School as SchoolIcon,
  Timelapse as TimelapseIcon,
} from '@openedx/paragon/icons';

export type IconComponent = ComponentType<SVGProps<SVGSVGElement>>;

export const CheckCircle = CheckCircleIcon as IconComponent;
export const Flag = FlagIcon as IconComponent;
export const Lock = LockIcon as IconComponent;
export const RadioButtonUnchecked = RadioButtonUncheckedIcon as IconComponent;
export const Route = RouteIcon as IconComponent;
export const School = SchoolIcon as IconComponent;
export const Timelapse = TimelapseIcon as IconComponent;
