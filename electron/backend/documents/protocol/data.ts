/** What the protocol receives: its chapters in print order, each text, functions, route or groups; rich text as in the minutes. */
import type { RichBlock } from '../../../../shared/domain/richText';
import type { LetterheadData } from '../kit/data';

export type ProtocolChapter =
  | { kind: 'text'; title: string; body: RichBlock[] }
  | { kind: 'functions'; title: string; entries: { institution: string; functions: RichBlock[] }[] }
  | {
      kind: 'route';
      title: string;
      steps: { step: string; institution: string; action: string; timeframe: string; contactPoint: string; victimInformation: string }[];
    }
  | { kind: 'groups'; title: string; entries: { group: string; guidance: RichBlock[] }[] };

export interface ProtocolDocumentData {
  letterhead: LetterheadData;
  /** "PROTOCOLO LOCAL DE ACTUACIÓN CONJUNTA". */
  titleUpper: string;
  /** The version's title as the instancia named it. */
  title: string;
  /** "Versión 2". */
  versionLabel: string;
  taskforceName: string;
  approvalText: string | null;
  draft: boolean;
  /** In print order; the builder numbers them 1, 2, 3… and lists them in the table of contents. */
  chapters: ProtocolChapter[];
  date: string;
}
