import { describe, expect, it } from 'vitest';
import { privacyHint } from '../../src/application/privacy';

describe('the 办理 form’s privacy hint names only the buttons this build shows', () => {
  it.each([
    [
      { applyEmail: 'a@b.cn', applyEndpoint: 'https://f.cn/apply' },
      '只有在您点击“发送邮件”或“提交申请”时才会发出。“提交申请”把资料发到我们在 f.cn 的受理服务，仅用于与您联系办理，保存期满即删除。',
    ],
    [{ applyEmail: 'a@b.cn' }, '只有在您点击“发送邮件”时才会发出。'],
    [
      { applyEndpoint: 'https://api.f.cn:8443/applications' },
      '只有在您点击“提交申请”时才会发出。“提交申请”把资料发到我们在 api.f.cn:8443 的受理服务，仅用于与您联系办理，保存期满即删除。',
    ],
    [{}, '本页不会把资料发给任何人：由您打印、复制申请内容或拨打热线办理。'],
  ])('%j', (contact, ending) => {
    const hint = privacyHint(contact);
    expect(
      hint.startsWith(
        '您填写的资料只暂存在本浏览器标签页中，生成申请单后或 30 分钟无操作即清除，不会写进链接或分享出去；',
      ),
    ).toBe(true);
    expect(hint.endsWith(ending)).toBe(true);
  });
});
