/** Kysely's view of the joint protocol: versions, sections, functions, care route and differentiated care. */
import type { Generated } from 'kysely';
import type { ProtocolSectionKind, ProtocolStatus } from '../../../../shared/domain/protocol';

export interface ProtocolVersionTable {
  id: Generated<number>;
  version_number: number;
  title: string;
  status: Generated<ProtocolStatus>;
  approved_on: string | null;
  approval_agreement_id: number | null;
  approval_reference: Generated<string>;
  based_on_id: number | null;
  created_at: string;
  updated_at: string;
}
export interface ProtocolSectionTable {
  id: Generated<number>;
  version_id: number;
  position: number;
  kind: ProtocolSectionKind;
  title: string;
  body_json: string;
}
export interface ProtocolFunctionTable {
  version_id: number;
  institution_id: number;
  functions_json: string;
}
export interface ProtocolRouteStepTable {
  id: Generated<number>;
  version_id: number;
  position: number;
  step: string;
  institution_id: number;
  action: string;
  timeframe: string;
  contact_point: string;
  victim_information: string;
}
export interface ProtocolGroupCareTable {
  version_id: number;
  group_key: string;
  guidance_json: string;
}
