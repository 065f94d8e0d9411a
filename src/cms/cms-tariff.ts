/**
 * The tariff /admin/ builds its forms from (src/cms/config.ts), read so that
 * no broken file can lock the editor out.
 */
import { checkProject } from '../project-check';
import { tariffAt, type Tariff } from '../engine/index';
import { formatIssues } from '../editor-messages/errors';
import { projectFiles } from '../tariff-files/node';
import { CHANGES_DIR, parseTariffFiles } from '../tariff-files/read';

/**
 * The version the CMS's forms offer, and the problems standing in the way:
 * the version in force when the data checks; otherwise the published tariff
 * alone (the change files set aside), so a change file that `check` refuses
 * never locks the editor out of /admin/ — its problems head the change list,
 * and the file can be opened, fixed or deleted there.
 */
export function cmsTariff(root: string, date: string): { tariff?: Tariff; problems: string[] } {
  const checked = checkProject(root, date);
  const errors = checked.issues.filter((i) => !i.warning);
  if (checked.tariff !== undefined) return { tariff: checked.tariff, problems: formatIssues(errors) };
  const files = projectFiles(root);
  const published = parseTariffFiles({ read: files.read, list: (dir) => (dir === CHANGES_DIR ? [] : files.list(dir)) });
  const tariff = published.ok ? tariffAt(published.history.versions, date) : undefined;
  return { ...(tariff ? { tariff } : {}), problems: formatIssues(errors) };
}
