/** The parts of a protocol version, named in the address: /protocolo/4/ruta. */
import { tabRoutes } from '../../../lib/tabRoutes';

export const PROTOCOL_TABS = tabRoutes('protocolo', {
  sections: 'texto',
  functions: 'funciones',
  route: 'ruta',
  groups: 'atencion-diferenciada',
  versions: 'versiones',
});
export type ProtocolTab = (typeof PROTOCOL_TABS.tabs)[number];

export const protocolTabPath = PROTOCOL_TABS.path;
