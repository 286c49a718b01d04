// The LMS adapter the configuration names: Open edX with LMS=openedx, the standalone one otherwise.
import type { Config } from '../config/config.ts';
import type { DataAccess } from '../store/data-access.ts';
import type { LmsPort } from './lms-port.ts';
import { OpenedxLms } from './openedx/openedx-lms.ts';
import { StandaloneLms } from './standalone-lms.ts';

export function createLms(config: Pick<Config, 'openedxLms'>, data: DataAccess): LmsPort {
  return config.openedxLms === null ? new StandaloneLms(data) : new OpenedxLms(config.openedxLms, data);
}
