/**
 * One e-mail address, as the data (notes.yaml's applyEmail) and the 办理 form
 * both accept it: something@domain.tld, in any script, with nothing a mail
 * program would read as a second recipient (, ; < > ") and nothing a mailto:
 * link would read as a query or fragment (% # ? &). Nothing more is checked.
 */
const PART = '[^\\s@,;<>"%#?&]+';
export const EMAIL_ADDRESS = new RegExp(`^${PART}@${PART}\\.${PART}$`, 'u');
/** The longest address mail systems carry (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 254;

export function isEmailAddress(text: string): boolean {
  return text.length <= EMAIL_MAX_LENGTH && EMAIL_ADDRESS.test(text);
}
