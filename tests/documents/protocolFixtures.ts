/** Version 2 of Villa Esperanza's joint protocol, and a longer one whose index spans many pages. */
import type { ProtocolChapter, ProtocolDocumentData } from '../../electron/backend/documents';
import { TASKFORCE_NAME, letterhead } from './fixtures';
import { bullets, CEM, DEMUNA, HEALTH, ordered, paragraphs, POLICE, PROSECUTOR, WOMEN_OSB } from './villaEsperanza';

const FUNCTIONS: Array<[string, string[]]> = [
  [POLICE, ['Recibir la denuncia verbal o escrita en un ambiente privado, sin exigir requisitos previos.', 'Comunicar la denuncia al Juzgado de Familia en un plazo de 24 horas.', 'Ejecutar las medidas de protección que dicte el juzgado.']],
  [CEM, ['Brindar atención psicológica, social y legal gratuita.', 'Elaborar la ficha de valoración de riesgo.']],
  [PROSECUTOR, ['Disponer las diligencias urgentes para asegurar la prueba.']],
  [HEALTH, ['Atender a la víctima de manera inmediata y expedir el certificado médico.', 'Derivar al Centro de Salud Mental Comunitario cuando corresponda.']],
  [DEMUNA, []],
  [WOMEN_OSB, ['Acompañar a las víctimas que lo pidan y difundir la ruta de atención en su comunidad.']],
];

const ROUTE_STEPS: ProtocolChapter & { kind: 'route' } = {
  kind: 'route',
  title: 'Ruta de atención',
  steps: [
    { step: '1. Detección y primer contacto', institution: WOMEN_OSB, action: 'Escucha a la víctima sin juzgarla y la orienta sobre dónde denunciar.', timeframe: 'Inmediato', contactPoint: 'Promotoras de la OSB', victimInformation: 'Que la violencia es un delito y que tiene derecho a denunciar gratuitamente.' },
    { step: '2. Denuncia', institution: POLICE, action: 'Recibe la denuncia en un ambiente privado y aplica la ficha de valoración de riesgo.', timeframe: 'Inmediato', contactPoint: 'Sección de Familia, Av. Principal 123, línea 105', victimInformation: 'Sus derechos, el número de la denuncia y los pasos siguientes.' },
    { step: '3. Atención de salud', institution: HEALTH, action: 'Atiende las lesiones y expide el certificado médico legal o el informe de salud mental.', timeframe: '24 horas', contactPoint: 'Tópico de emergencia', victimInformation: 'Que la atención y el certificado son gratuitos.' },
    { step: '4. Medidas de protección', institution: 'Juzgado de Familia de Villa Esperanza', action: 'Evalúa el caso y dicta medidas de protección y cautelares.', timeframe: '72 horas (riesgo leve o moderado); 24 horas (riesgo severo)', contactPoint: '', victimInformation: 'Qué medidas se dictaron y a quién acudir si no se cumplen.' },
    { step: '5. Acompañamiento', institution: CEM, action: 'Brinda patrocinio legal, atención psicológica y social hasta el cierre del caso.', timeframe: 'Durante todo el proceso', contactPoint: 'CEM Villa Esperanza, línea 100', victimInformation: '' },
  ],
};

export const protocolChapters = (): ProtocolChapter[] => [
  {
    kind: 'text',
    title: 'Presentación',
    body: paragraphs(
      'El presente protocolo establece cómo actúan de manera conjunta las instituciones de Villa Esperanza ante un caso de violencia contra las mujeres y los integrantes del grupo familiar.',
      'Fue elaborado por la Instancia Distrital de Concertación con la participación de las instituciones de la ruta de atención y las organizaciones de mujeres del distrito.',
    ),
  },
  {
    kind: 'text',
    title: 'Objetivo, alcance y población objetivo',
    body: [...paragraphs('Articular la atención de los casos para que sea oportuna, gratuita y sin revictimización.'), bullets('Mujeres en su diversidad.', 'Niñas, niños y adolescentes.', 'Personas adultas mayores.')],
  },
  {
    kind: 'text',
    title: 'Marco normativo',
    body: [
      bullets(
        'Ley N° 30364, Ley para prevenir, sancionar y erradicar la violencia contra las mujeres y los integrantes del grupo familiar.',
        'Decreto Supremo N° 009-2016-MIMP, Reglamento de la Ley N° 30364.',
        'Decreto Supremo N° 008-2019-MIMP, Política Nacional de Igualdad de Género.',
      ),
    ],
  },
  { kind: 'text', title: 'Principios y enfoques', body: [...paragraphs('La atención se guía por los principios de igualdad y no discriminación, interés superior del niño, debida diligencia e intervención inmediata.'), bullets('Enfoque de género.', 'Enfoque de derechos humanos.', 'Enfoque intercultural.')] },
  { kind: 'functions', title: 'Funciones de las instituciones', entries: FUNCTIONS.map(([institution, items]) => ({ institution, functions: items.length === 0 ? [] : [bullets(...items)] })) },
  {
    kind: 'text',
    title: 'Normas generales de atención',
    body: [ordered('Atender en un espacio privado.', 'Contar con personal capacitado.', 'Evitar la revictimización: no repetir preguntas ni confrontar a la víctima con el agresor.', 'Informar a la víctima de sus derechos en lenguaje sencillo.')],
  },
  ROUTE_STEPS,
  {
    kind: 'groups',
    title: 'Atención diferenciada',
    entries: [
      { group: 'Niñas, niños y adolescentes', guidance: paragraphs('Se comunica de inmediato a la DEMUNA y a la Unidad de Protección Especial; la entrevista se realiza una sola vez, en cámara Gesell.') },
      { group: 'Personas adultas mayores', guidance: paragraphs('Se coordina con el Centro Integral del Adulto Mayor para su acompañamiento.') },
      { group: 'Personas con discapacidad', guidance: [] },
      { group: 'Personas migrantes', guidance: paragraphs('Se garantiza la atención sin exigir documentos de identidad peruanos y, si hace falta, con intérprete.') },
    ],
  },
  { kind: 'text', title: 'Anexos', body: paragraphs('   ') },
  { kind: 'text', title: 'Disposiciones finales', body: paragraphs('El protocolo se revisa cada dos años o cuando cambie la normativa. Las instituciones difunden su contenido entre su personal.') },
];

export const protocol = (): ProtocolDocumentData => ({
  letterhead: letterhead(),
  titleUpper: 'PROTOCOLO LOCAL DE ACTUACIÓN CONJUNTA',
  title: 'Protocolo local de actuación conjunta frente a la violencia contra las mujeres y los integrantes del grupo familiar',
  versionLabel: 'Versión 2',
  taskforceName: TASKFORCE_NAME,
  approvalText: 'Aprobado mediante ACUERDO N° 011-2026-MDVE/GDS, Segunda Sesión Ordinaria de fecha 14 de mayo de 2026',
  draft: false,
  chapters: protocolChapters(),
  date: '2026-05-14',
});

/** The protocol with ten times the text and four times the institutions: an index over a dozen pages. */
export function longProtocol(): ProtocolDocumentData {
  const base = protocol();
  const chapters = base.chapters.map((c): ProtocolChapter => {
    if (c.kind === 'text') return { ...c, body: Array.from({ length: 10 }, () => c.body).flat() };
    if (c.kind === 'functions') return { ...c, entries: Array.from({ length: 4 }, () => c.entries).flat() };
    return c;
  });
  return { ...base, chapters };
}
