/**
 * "Inicio"'s figures. They sum up every other section, whose changes do not refresh them, so they
 * are asked afresh each time the page opens.
 */
import { useApiQuery } from '../../api';

export const useDashboard = () => useApiQuery('dashboard.get', {}, { staleTime: 0 });
