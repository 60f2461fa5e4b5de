/**
 * The demo's joint action protocol: version 1 approved, with the rules of care the UNDP brief
 * lists, and version 2 in draft with a few changes, so the comparison has something to show.
 */
import type { CareGroup } from '../../../shared/domain/protocol';
import type { RichBlock } from '../../../shared/domain/richText';
import type { ServiceContext } from '../context';
import { listInstitutions } from '../members/service';
import { approveVersion, createProtocol, newVersion, saveFunction, saveGroupCare, saveRouteStep, saveSection } from '../protocol/service';
import { bullets, paragraph } from './text';

const SECTIONS: Record<string, RichBlock[]> = {
  presentation: [
    paragraph('El Protocolo Local de Actuación Conjunta establece cómo actúan, de manera articulada, las instituciones del distrito ante un caso de violencia contra las mujeres y los integrantes del grupo familiar.'),
    paragraph('Fue elaborado por la Instancia Distrital de Concertación con la participación activa de la Red de Lideresas y de las organizaciones de mujeres.'),
  ],
  scope: [paragraph('Es de aplicación obligatoria para las instituciones integrantes de la instancia y orienta la atención de mujeres, niñas, niños, adolescentes, personas adultas mayores y demás integrantes del grupo familiar afectados por la violencia en el distrito.')],
  legal_framework: [
    bullets(
      'Ley N° 30364, Ley para prevenir, sancionar y erradicar la violencia contra las mujeres y los integrantes del grupo familiar.',
      'Decreto Supremo N° 009-2016-MIMP, Reglamento de la Ley N° 30364, y sus modificatorias.',
      'Ley N° 29733, Ley de Protección de Datos Personales, y su reglamento.',
      'Ordenanza Municipal N° 412-2019-MDVE, que crea la Instancia Distrital de Concertación.',
    ),
  ],
  principles: [
    paragraph('La actuación conjunta se rige por los principios de igualdad y no discriminación, interés superior del niño, debida diligencia, intervención inmediata y oportuna, y sencillez y oralidad.'),
    bullets('Enfoque de género.', 'Enfoque de derechos humanos.', 'Enfoque intercultural.', 'Enfoque de interseccionalidad.'),
  ],
  general_rules: [
    bullets(
      'Recibir la denuncia o el pedido de ayuda en un ambiente privado, que garantice la confidencialidad.',
      'Contar con personal capacitado en atención de casos de violencia de género.',
      'Evitar la revictimización: una sola entrevista, sin confrontar a la víctima con la persona agresora.',
      'Adoptar de inmediato las acciones de protección que el caso requiera.',
      'Informar a toda víctima sobre sus derechos y los servicios disponibles, en lenguaje sencillo y con empatía.',
    ),
  ],
  final_provisions: [paragraph('La Secretaría Técnica difunde el protocolo entre las instituciones integrantes y propone su revisión cuando cambie la normativa o la ruta de atención.')],
};

const FUNCTIONS: [string, string][] = [
  ['CPNP-VE', 'Recibir las denuncias las 24 horas, comunicar de inmediato al Juzgado de Familia y ejecutar las medidas de protección dictadas.'],
  ['CF-VE', 'Investigar los hechos denunciados y coordinar con el CEM la atención inmediata de la víctima.'],
  ['CEM', 'Brindar atención integral gratuita: orientación legal, defensa, atención psicológica y social.'],
  ['FPF', 'Dirigir la investigación penal y solicitar las medidas de protección y cautelares que correspondan.'],
  ['JF-VE', 'Dictar medidas de protección en el plazo de ley y supervisar su cumplimiento.'],
  ['CSMI', 'Atender las lesiones, brindar atención en salud mental y emitir los certificados correspondientes.'],
  ['DEMUNA', 'Proteger a niñas, niños y adolescentes afectados y coordinar con la Unidad de Protección Especial.'],
  ['RLMV', 'Orientar y acompañar a las mujeres de su comunidad hacia los servicios de la ruta de atención, y vigilar la calidad de la atención.'],
];

const ROUTE: [string, string, string, string, string, string][] = [
  ['Identificación y orientación', 'RLMV', 'Orientar a la persona afectada y acompañarla al servicio más cercano.', 'El mismo día', 'Lideresas de cada sector', 'Dónde denunciar y que la atención es gratuita.'],
  ['Denuncia', 'CPNP-VE', 'Recibir la denuncia en un ambiente privado y aplicar la ficha de valoración de riesgo.', 'Inmediato', 'Comisaría, 24 horas', 'Sus derechos y el trámite de las medidas de protección.'],
  ['Atención integral', 'CEM', 'Brindar atención legal, psicológica y social; patrocinar el caso.', 'Dentro de las 24 horas', 'CEM, lunes a domingo', 'Los servicios que recibirá y cómo contactar a su abogada.'],
  ['Atención en salud', 'CSMI', 'Atender lesiones y salud mental; emitir el certificado médico.', 'Inmediato', 'Centro de Salud, emergencia', 'El tratamiento y la gratuidad del certificado.'],
  ['Medidas de protección', 'JF-VE', 'Evaluar el caso y dictar medidas de protección.', 'Hasta 72 horas', 'Juzgado de Familia', 'Las medidas dictadas y cómo pedir su cumplimiento.'],
  ['Investigación', 'FPF', 'Conducir la investigación y solicitar las medidas cautelares.', 'Según el plazo legal', 'Fiscalía de Familia', 'El avance de su caso y su derecho a no ser revictimizada.'],
];

const GROUPS: Record<CareGroup, string> = {
  children: 'Entrevista única en cámara Gesell, con participación de la DEMUNA y sin contacto con la persona agresora.',
  older_adults: 'Atención preferente, accesible y sin esperas; verificar redes de apoyo familiar.',
  disabilities: 'Ajustes razonables: intérprete de lengua de señas, materiales accesibles y acompañamiento.',
  migrants: 'Atención sin exigir documentos de identidad peruanos; informar sobre servicios consulares.',
  lgbti: 'Trato respetuoso de la identidad de género y la orientación sexual; registrar el nombre social.',
  indigenous_afro: 'Atención con pertinencia cultural y, cuando se requiera, intérprete en su lengua materna.',
};

export async function seedDemoProtocol(ctx: ServiceContext): Promise<void> {
  const members = await listInstitutions(ctx, { search: '', category: null, inNetwork: null, status: 'all' });
  const id = (acronym: string) => members.find((m) => m.acronym === acronym)?.id ?? members[0]!.id;
  const v1 = await createProtocol(ctx, { title: 'Protocolo Local de Actuación Conjunta frente a la violencia contra las mujeres y los integrantes del grupo familiar de Villa Esperanza' });
  for (const section of v1.sections) {
    await saveSection(ctx, { versionId: v1.id, id: section.id, kind: section.kind, title: section.title, body: SECTIONS[section.kind] ?? [] });
  }
  for (const [acronym, text] of FUNCTIONS) await saveFunction(ctx, { versionId: v1.id, institutionId: id(acronym), functions: [paragraph(text)] });
  for (const [step, acronym, action, timeframe, contactPoint, victimInformation] of ROUTE) {
    await saveRouteStep(ctx, { versionId: v1.id, step, institutionId: id(acronym), action, timeframe, contactPoint, victimInformation });
  }
  for (const [group, text] of Object.entries(GROUPS) as [CareGroup, string][]) await saveGroupCare(ctx, { versionId: v1.id, group, guidance: [paragraph(text)] });
  const startYear = Number(ctx.clock.today().slice(0, 4)) - 1;
  await approveVersion(ctx, { id: v1.id, agreementId: null, reference: `Acuerdo N° 005-${startYear - 1}-IDC-VE`, approvedOn: `${startYear - 1}-09-18` });

  const v2 = await newVersion(ctx);
  const rules = v2.sections.find((s) => s.kind === 'general_rules')!;
  await saveSection(ctx, {
    versionId: v2.id,
    id: rules.id,
    kind: 'general_rules',
    title: rules.title,
    body: [...SECTIONS.general_rules!, paragraph('Registrar la atención sin consignar datos que identifiquen a la víctima en documentos de la instancia.')],
  });
  await saveRouteStep(ctx, {
    versionId: v2.id,
    step: 'Seguimiento del caso',
    institutionId: id('CEM'),
    action: 'Verificar la ejecución de las medidas de protección y el acceso a los servicios.',
    timeframe: 'Mensual',
    contactPoint: 'CEM',
    victimInformation: 'Que puede pedir la variación de las medidas si persiste el riesgo.',
  });
}
