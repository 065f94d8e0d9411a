/**
 * Splitting what a visitor pastes into the number checker: one number per
 * line, or separated by commas, semicolons or 、. Spaces stay, because they
 * may be inside one number ("400 123 6688"). Every number is kept: sales
 * staff paste long lists, and none may be dropped without a word.
 */
export function splitNumbers(text: string): string[] {
  return text
    .split(/[\r\n,，;；、]+/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
