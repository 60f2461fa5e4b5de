/**
 * A phone number as offices write it: digits, spaces and + ( ) -, optionally followed by the
 * extension of a municipal switchboard ("01 287-1071 anexo 204", "(01) 287 1071 ext. 12").
 */
const PHONE = /^[0-9+() -]{6,}(?:\s*(?:anexo|anx\.?|ext\.?|extensión|extension)\s*\d{1,6})?$/i;

export function isPhone(text: string): boolean {
  return PHONE.test(text);
}
