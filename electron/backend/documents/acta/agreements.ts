/** The ACUERDOS section: each agreement with its responsibles and deadline, then how it was adopted. */
import { Paragraph, TextRun } from 'docx';
import { longDate } from '../../../../shared/rules/spanish';
import { STYLE } from '../kit/styles';
import { counted, sentence } from '../kit/wording';
import type { ActaAgreementData, ActaData } from './data';
import type { ActaSection } from './sectionHeading';

function votes({ votesFor, votesAgainst, abstentions }: ActaAgreementData): string {
  if (votesFor === null || votesAgainst === null || abstentions === null) return '';
  return ` (${counted(votesFor, 'voto a favor', 'votos a favor')}, ${votesAgainst} en contra, ${counted(abstentions, 'abstención', 'abstenciones')})`;
}

export function adoptionLine(agreement: ActaAgreementData): string {
  switch (agreement.adoption) {
    case 'unanimity':
      return 'Aprobado por unanimidad.';
    case 'majority':
      return `Aprobado por mayoría${votes(agreement)}.`;
    case 'casting_vote':
      return `Aprobado con el voto dirimente de la Presidencia${votes(agreement)}.`;
  }
}

/** "Aprobar el plan. Responsables: A; B. Plazo: 31 de marzo de 2026." */
export function agreementText({ text, responsibles, deadline }: ActaAgreementData): string {
  const parts = [sentence(text)];
  if (responsibles.length > 0) parts.push(`${responsibles.length === 1 ? 'Responsable' : 'Responsables'}: ${responsibles.join('; ')}.`);
  if (deadline !== null) parts.push(`Plazo: ${longDate(deadline)}.`);
  return parts.join(' ');
}

function agreementParagraphs(agreement: ActaAgreementData): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE.body,
      keepNext: true,
      spacing: { after: 40 },
      children: [new TextRun({ text: `${agreement.numberText}: `, bold: true }), new TextRun(agreementText(agreement))],
    }),
    new Paragraph({ style: STYLE.plain, spacing: { after: 200 }, children: [new TextRun({ text: adoptionLine(agreement), italics: true })] }),
  ];
}

export function agreementsSection(data: ActaData): ActaSection {
  const agreements = data.items.flatMap((item) => item.agreements);
  return {
    title: 'ACUERDOS',
    body: () =>
      agreements.length === 0
        ? [new Paragraph({ style: STYLE.body, text: 'No se adoptaron acuerdos en la presente sesión.' })]
        : agreements.flatMap(agreementParagraphs),
  };
}
