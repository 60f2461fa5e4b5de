/**
 * A page that shows one record named in the address (/sesiones/:id, /miembros/:id…). It is keyed by
 * that id, so moving straight from one record to another mounts a fresh page: no form, draft or
 * open dialog of the previous record can stay on screen, and nothing can be saved onto the new one.
 */
import type { ComponentType } from 'react';
import { useParams } from 'react-router';

export function RecordPage({ page: Page }: { page: ComponentType }) {
  const { id } = useParams();
  return <Page key={id ?? ''} />;
}
