/**
 * npm run receiver                      takes 在线办理 applications (see docs/guides/receiver.md)
 * npm run receiver -- export --since D  prints applications received since D (YYYY-MM-DD, 北京时间) as CSV
 * npm run receiver -- delete SQ-…       deletes one application (个人信息保护法: on the applicant's request)
 * Settings come from environment variables (RECEIVER_…); a wrong one stops it with a message.
 */
import { isIsoDate } from '../src/engine/rules';
import { isReferenceCode } from '../src/application/reference';
import { applicationsCsv } from '../src/receiver/csv';
import { APPLICATIONS_PATH } from '../src/receiver/handler';
import { openSettingsStore, startReceiver } from '../src/receiver/node';
import { channelIds, readSettings } from '../src/receiver/settings';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const read = readSettings(process.env);
if (!read.ok) fail(`受理服务的设置有误：\n${read.problems.map((p) => `  ${p}`).join('\n')}`);
const settings = read.settings;
const [command, ...rest] = process.argv.slice(2);

if (command === undefined || command === 'serve') {
  const running = await startReceiver(settings);
  const channels = channelIds(settings);
  console.log(
    `受理服务已启动：${running.url}${APPLICATIONS_PATH}（只接受 ${new URL(settings.RECEIVER_SITE_URL).origin} 的页面提交）`,
  );
  console.log(
    channels.length > 0 ? `通知渠道：${channels.join('、')}` : '注意：没有设置通知渠道，申请只保存在数据库中',
  );
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else if (command === 'export') {
  const since = rest[0] === '--since' ? rest[1] : undefined;
  if (since === undefined || !isIsoDate(since)) fail('用法：npm run receiver -- export --since YYYY-MM-DD');
  const store = openSettingsStore(settings);
  process.stdout.write(applicationsCsv(store.since(new Date(`${since}T00:00:00+08:00`))));
  store.close();
} else if (command === 'delete') {
  const reference = rest[0];
  if (reference === undefined || !isReferenceCode(reference)) fail('用法：npm run receiver -- delete SQ-XXXX-XXXX');
  const store = openSettingsStore(settings);
  const removed = store.remove(reference);
  store.close();
  console.log(removed ? `已删除 ${reference}` : `没有 ${reference} 这份申请`);
  process.exit(removed ? 0 : 1);
} else {
  fail(`未知命令「${command}」；可用：serve、export --since YYYY-MM-DD、delete SQ-XXXX-XXXX`);
}
