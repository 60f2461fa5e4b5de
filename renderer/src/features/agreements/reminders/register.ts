/**
 * Where reminders and "Inicio" lead: the agreements register, filtered through its address (written
 * by the register's own query code), and one agreement's page.
 */
import { DEFAULT_QUERY, type RegisterQuery, toParams } from '../register/registerQuery';

export { DUE_SOON_DAYS, REMINDER_DAYS } from '../../../../../shared/rules/agreementStatus';

const registerLink = (filter: Partial<RegisterQuery>): string => `/acuerdos?${toParams({ ...DEFAULT_QUERY, ...filter })}`;

export const OVERDUE_LINK = registerLink({ overdue: true });
export const dueWithinLink = (days: number): string => registerLink({ dueWithinDays: days });
export const agreementLink = (id: number): string => `/acuerdos/${id}`;
