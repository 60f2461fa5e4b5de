/** The agreements to remind today (silencing one is an agreements mutation, see ../agreements/queries). */
import { useApiQuery } from '../../../api';

export const useReminders = () => useApiQuery('agreements.reminders', {});
