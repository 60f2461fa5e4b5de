/**
 * Time to build and pack the longest documents a secretary exports: an acta far larger than a real
 * session (15 agenda items, 40 attendees, 30 agreements, 42 signatures; target under 300 ms) and
 * the attendance sheet.
 */
import { bench, describe } from 'vitest';
import { buildActa, buildAttendanceSheet, renderDocument } from '../../electron/backend/documents';
import { attendanceSheet, largeActa } from '../documents/fixtures';

const acta = largeActa();
const sheet = attendanceSheet();

describe('documents', () => {
  bench('acta: 15 items, 40 attendees, 30 agreements (build + pack)', async () => {
    await renderDocument(buildActa(acta));
  });
  bench('attendance sheet (build + pack)', async () => {
    await renderDocument(buildAttendanceSheet(sheet));
  });
});
