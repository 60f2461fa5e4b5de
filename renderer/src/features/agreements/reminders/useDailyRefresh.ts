/**
 * A window left open overnight must notice the new day: agreements fall overdue at midnight and the
 * reminder is due again. The day is checked every half hour and whenever the window comes back
 * into view (a computer waking from sleep); on a new day the agreements and "Inicio" are asked again.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { invalidateDomains } from '../../../api';
import { today } from '../../../lib/dates';

const CHECK_EVERY_MS = 30 * 60_000;

export function useDailyRefresh(): void {
  const client = useQueryClient();
  useEffect(() => {
    let day = today();
    const check = () => {
      const now = today();
      if (now === day) return;
      day = now;
      void invalidateDomains(client, ['agreements', 'dashboard']);
    };
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [client]);
}
