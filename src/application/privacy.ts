/**
 * What the 办理 form says about where the applicant's details go, worded
 * from what this build offers: 发送邮件 when an address is set, 提交申请
 * when a form service is set (and where it sends them: the service's
 * address), otherwise nothing leaves the page.
 */
import type { Contact } from '../engine/rules';

export function privacyHint(contact: Pick<Contact, 'applyEmail' | 'applyEndpoint'>): string {
  const kept = '您填写的资料只暂存在本浏览器标签页中，生成申请单后或 30 分钟无操作即清除，不会写进链接或分享出去；';
  const buttons = [
    ...(contact.applyEmail !== undefined ? ['“发送邮件”'] : []),
    ...(contact.applyEndpoint !== undefined ? ['“提交申请”'] : []),
  ];
  if (buttons.length === 0) return `${kept}本页不会把资料发给任何人：由您打印、复制申请内容或拨打热线办理。`;
  const where =
    contact.applyEndpoint !== undefined
      ? `“提交申请”把资料发到我们在 ${new URL(contact.applyEndpoint).host} 的受理服务，仅用于与您联系办理，保存期满即删除。`
      : '';
  return `${kept}只有在您点击${buttons.join('或')}时才会发出。${where}`;
}
