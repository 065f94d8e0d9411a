import jsQR from 'jsqr';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { keptTab } from '../helpers/kept-tab';
import { releaseChromium, sharedChromium } from '../helpers/chromium';
import { APPLY_EMAIL, ROOT, siteTariff } from '../helpers/tariff';
import { SLOW_MS } from '../helpers/endpoint-server';
import { COLOUR_RULES, runAxe, seriousViolations } from '../helpers/axe';

/** The stocked build (base path /tariff/, 办理 e-mail and form service set). */
const site = inject('baseSiteUrl');
const endpoint = inject('endpointUrl');
const SCREENSHOTS = join(ROOT, 'test/output/screenshots');

const APPLICANT: Record<string, string> = {
  company: '郑州示例科技有限公司',
  uscc: '91350100m000100y43',
  contact: '李经理',
  mobile: '138 1234 5678',
};
/** What must never appear in a URL the browser asks for or shows. */
const PRIVATE = [
  '郑州示例',
  encodeURIComponent('郑州示例'),
  '91350100',
  '13812345678',
  '1234 5678',
  encodeURIComponent('李经理'),
];

/** A plan with a published total and six add-ons: the longest summary to print. */
const SIX_ADDONS =
  'apply/?plan=annual-1200&number=4001234566&years=2&invoice=1&addons=area-routing,ringback,ringback-multi,ivr,voicemail,trunk';

describe('办理 in the browser', () => {
  let browser: Browser;
  let page: Page;
  const urls: string[] = [];
  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(async () => releaseChromium(browser));

  const tab = keptTab(
    () => browser,
    844,
    (created) => {
      created.on('request', (request) => urls.push(request.url()));
      created.on('framenavigated', (frame) => urls.push(frame.url()));
    },
  );
  async function open(path: string, width = 390): Promise<Page> {
    page = await tab(width);
    await page.goto(new URL(path, site).href);
    await page.waitForSelector('astro-island:not([ssr])');
    return page;
  }
  async function fillApplicant(values: Record<string, string> = APPLICANT): Promise<void> {
    for (const [key, value] of Object.entries(values)) await page.fill(`#apply-${key}`, value);
  }
  /** Opens a quote, fills the applicant's details and makes the summary. */
  async function summary(path = SIX_ADDONS, values: Record<string, string> = APPLICANT): Promise<void> {
    await open(path);
    await fillApplicant(values);
    await page.click('button:has-text("生成申请单")');
    await page.waitForSelector('.application-summary svg.qr');
  }
  const mode = (m: string) => fetch(`${endpoint}/mode`, { method: 'POST', body: m });

  it('the QR encoder’s file cannot be fetched: the summary says so and is not left busy', async () => {
    await open(SIX_ADDONS);
    // The summary's own file comes as the visitor starts on their details; once it is here, any
    // script file fails, as offline: the encoder (uqr) is loaded only when a summary is shown.
    const summaryFile = page.waitForResponse(/\/ApplicationSummary\.[^/]*\.js$/u);
    await fillApplicant();
    await summaryFile;
    await page.route(/\/_astro\/.*\.js$/u, (route) => route.abort());
    await page.click('button:has-text("生成申请单")');
    await page.waitForSelector('.application-summary .qr-failed');
    expect(await page.textContent('.qr-failed')).toContain('二维码暂时无法生成');
    expect(await page.$('.application-summary .qr[aria-busy="true"]')).toBeNull();
  });

  it('the summary’s file cannot be fetched: the page says so, keeps the details, and gives the hotline', async () => {
    await open(SIX_ADDONS);
    await page.route(/\/_astro\/.*\.js$/u, (route) => route.abort());
    await fillApplicant();
    await page.click('button:has-text("生成申请单")');
    await page.waitForSelector('.summary-failed');
    expect(await page.textContent('.summary-failed')).toBe(
      `申请单暂时无法生成：请刷新页面再试（填写的资料仍在本页），或拨打全国统一热线 ${siteTariff.contact.hotline} 办理。`,
    );
    // Focus moves in the frame after the message is drawn.
    await page.waitForFunction(() => document.activeElement?.classList.contains('summary-failed'));
    expect(await page.inputValue('#apply-company')).toBe(APPLICANT.company);
    expect(await page.$('[aria-busy="true"]')).toBeNull();
  });

  it('checker → estimator → 办理 → summary → print: the same number and total throughout, no detail in any URL', async () => {
    await open('checker/');
    await page.fill('#checker-input', '400-123-4566');
    await page.waitForSelector('.number-result');
    await page.click('.plan-links li:has-text("年套餐 1200元/年") a:has-text("估算费用")');
    await page.waitForSelector('.widget.estimator:not([aria-busy])');
    await page.check('text=需要发票');
    const total = await page.textContent('[data-testid="quote-total"]');
    expect(total).toMatch(/^[\d,]+\.\d\d$/u);
    await page.click('.widget a:has-text("在线办理")');
    await page.waitForURL(/\/tariff\/apply\/\?/u);
    await page.waitForSelector('#apply-company');
    expect(await page.inputValue('#est-number')).toBe('4001234566');
    expect(await page.textContent('[data-testid="quote-total"]')).toBe(total);
    await fillApplicant();
    await page.click('button:has-text("生成申请单")');
    await page.waitForSelector('.application-summary');
    expect(await page.textContent('[data-testid="application-total"]')).toBe(`${total} 元`);
    expect(await page.textContent('.application-summary .facts')).toContain('400-123-4566');
    await page.waitForFunction(() => document.activeElement?.id === 'application');
    await page.screenshot({ path: join(SCREENSHOTS, 'apply-summary-phone.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#apply-company')).toBe(false);
    expect(await page.isVisible('.application-summary')).toBe(true);
    // The summary is made: the tab's storage holds no applicant field any more, so a reload shows an empty form.
    await page.emulateMedia({ media: 'screen' });
    expect(await page.evaluate(() => window.sessionStorage.getItem('tariff-apply-applicant'))).toBeNull();
    await page.reload();
    await page.waitForSelector('#apply-company');
    expect(await page.inputValue('#apply-contact')).toBe('');
    const leaks = urls.filter((u) => PRIVATE.some((p) => u.includes(p)));
    expect(leaks).toEqual([]);
    expect(urls.some((u) => u.includes('/tariff/apply/?'))).toBe(true);
  });

  it('a missing or invalid field blocks the summary with its message', async () => {
    await open(SIX_ADDONS);
    await page.click('button:has-text("生成申请单")');
    expect(await page.textContent('#apply-company-error')).toBe('请填写单位名称');
    expect(await page.textContent('#apply-mobile-error')).toBe('请填写手机号码');
    expect(await page.textContent('.apply-problems')).toBe('还有 4 项需要填写或改正，见上面标出的字段。');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('apply-company');
    await fillApplicant({ ...APPLICANT, uscc: '91350100M000100Y44', mobile: '12812345678' });
    await page.click('button:has-text("生成申请单")');
    expect(await page.textContent('#apply-uscc-error')).toBe('统一社会信用代码的校验位不符，请逐位核对营业执照');
    expect(await page.textContent('#apply-mobile-error')).toBe('手机号码应以 13–19 开头');
    expect(await page.$('.application-summary')).toBeNull();
    expect(await page.getAttribute('#apply-uscc', 'aria-invalid')).toBe('true');
  });

  it('a 来电咨询 plan, or a number its plan does not take, says so at the top with the one number to call, and asks for no details', async () => {
    for (const [path, message] of [
      [
        'apply/?plan=annual-3000&number=4001231122',
        '年套餐 3000元/年的通话资费为来电咨询，不能在线办理：请拨打 4006-130-866 电话办理',
      ],
      [
        'apply/?plan=annual-1200&number=4001236688',
        '特级号码不能选年套餐 1200元/年，不能在线办理：请拨打 4006-130-866 电话办理',
      ],
    ] as const) {
      await open(path);
      await page.waitForSelector('[data-testid="apply-offline"]');
      expect(await page.textContent('[data-testid="apply-offline"]')).toContain(message);
      // Before any field: the notice comes first in the page's order.
      const first = await page.evaluate(() => {
        const notice = document.querySelector('[data-testid="apply-offline"]');
        const field = document.querySelector('main input, main select');
        return (
          notice !== null &&
          field !== null &&
          (notice.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
        );
      });
      expect(first).toBe(true);
      expect(await page.$('#apply-company')).toBeNull();
    }
  });

  it('a quote that cannot be applied for says why: no number, all plans', async () => {
    for (const [path, message] of [
      ['apply/?plan=annual-1200', '请在上面“号码与套餐”中选择“按号码”，填写要办理的400号码。'],
      ['apply/?number=4001234566', '请在上面“号码与套餐”中选择要办理的套餐。'],
    ] as const) {
      await open(path);
      await fillApplicant();
      await page.click('button:has-text("生成申请单")');
      expect(await page.textContent('.apply-problems')).toContain(message);
      expect(await page.$('.application-summary')).toBeNull();
    }
  });

  it('the summary with six add-ons prints on one A4 page', async () => {
    await open(SIX_ADDONS, 1280);
    await fillApplicant({
      ...APPLICANT,
      landline: '0371-12345678',
      email: 'li@example.cn',
      address: '郑州市中原路1号',
    });
    await page.click('button:has-text("生成申请单")');
    await page.waitForSelector('.application-summary svg.qr');
    expect(await page.$$eval('.application-summary tbody tr', (rows) => rows.length)).toBeGreaterThanOrEqual(8);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SCREENSHOTS, 'apply-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu)?.length).toBe(1);
  });

  it('the QR code decodes to the quote URL, which holds no personal detail', async () => {
    await summary();
    // Draw the SVG onto a canvas in the page, and decode its pixels here.
    const image = await page.evaluate(async () => {
      const svg = document.querySelector('.application-summary svg.qr') as SVGSVGElement;
      const size = 400;
      const img = new Image();
      // A data: URL: the page's Content-Security-Policy allows those for images (not blob:).
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(img, 0, 0, size, size);
      return { size, data: [...context.getImageData(0, 0, size, size).data] };
    });
    const code = jsQR(Uint8ClampedArray.from(image.data), image.size, image.size);
    const expected = new URL(
      'estimator/?plan=annual-1200&years=2&invoice=1&number=4001234566&addons=area-routing%2Cringback%2Cringback-multi%2Civr%2Cvoicemail%2Ctrunk',
      site,
    ).href;
    expect(code?.data.replace(/&v=[\d-]+$/u, '')).toBe(expected);
    expect(PRIVATE.some((p) => code?.data.includes(p))).toBe(false);
  });

  it('the form service receives exactly the JSON the page shows; a failure says so and may be retried', async () => {
    await mode('fail');
    await summary();
    await page.click('button:has-text("提交申请")');
    await page.waitForSelector('text=提交没有成功（服务器返回 500）');
    expect(await page.textContent('.application-summary [role="status"]')).toContain('您填写的内容仍在本页');
    await mode('ok');
    await page.click('button:has-text("重新提交")');
    await page.waitForSelector('text=已提交');
    const shown = JSON.parse((await page.textContent('[data-testid="application-json"]')) ?? '') as unknown;
    const received = (await (await fetch(`${endpoint}/received`)).json()) as string[];
    expect(received.map((r) => JSON.parse(r) as unknown)).toEqual([shown]);
    expect(shown).toMatchObject({
      number: '4001234566',
      plan: { id: 'annual-1200' },
      applicant: { company: APPLICANT.company, uscc: '91350100M000100Y43', mobile: '13812345678' },
    });
    expect(await page.isDisabled('button:has-text("提交申请")')).toBe(true);
  });

  it('with the 办理 receiver: the robot’s message carries the summary’s fields and total to the fen', async () => {
    await mode('receiver');
    await summary('apply/?plan=annual-1200&number=4001234566&years=2&minutes=500&invoice=1&addons=ringback');
    await page.click('button:has-text("提交申请")');
    await page.waitForSelector('.application-summary .sent');
    const reference = (await page.textContent('[data-testid="reference"]')) ?? '';
    const total = (await page.textContent('[data-testid="application-total"]')) ?? '';
    const shown = JSON.parse((await page.textContent('[data-testid="application-json"]')) ?? '') as {
      quoteUrl: string;
    };
    expect(shown.quoteUrl).toBe(
      new URL(
        'estimator/?plan=annual-1200&minutes=500&years=2&invoice=1&number=4001234566&addons=ringback&v=2016-04-10',
        site,
      ).href,
    );
    const messages = async () => (await (await fetch(`${endpoint}/robot/received`)).json()) as string[];
    await expect.poll(async () => (await messages()).length).toBe(1);
    const [message] = await messages();
    const content = (JSON.parse(message ?? '{}') as { markdown: { content: string } }).markdown.content;
    expect(total).toBe('1,836.00 元');
    expect(content.split('\n')).toEqual([
      `**400电话办理申请 ${reference}**`,
      `单位：${APPLICANT.company}`,
      '联系人：李经理 13812345678',
      '号码：400-123-4566（普通号码 80元/月）',
      '套餐：年套餐 1200元/年，预存 2 年，服务 2 年',
      '合计：1836.00 元（含税）',
      `申请编号：${reference}`,
      `[查看报价](${shown.quoteUrl})`,
    ]);
  });

  it('with the 办理 receiver: a field it refuses is shown beside that field, and the rest says why', async () => {
    await mode('receiver');
    await summary();
    // What a tampering browser would send: a changed total and a hidden character in the mobile number.
    await page.route(`${endpoint}/applications`, async (route) => {
      const posted = JSON.parse(route.request().postData() ?? '{}') as {
        quote: { total: string };
        applicant: { mobile: string };
      };
      posted.quote.total = '1.00';
      posted.applicant.mobile = '1381234\u200b5678';
      await route.continue({ postData: JSON.stringify(posted) });
    });
    await page.click('button:has-text("提交申请")');
    await page.waitForSelector('[data-testid="refusals"]');
    expect(await page.textContent('#apply-mobile-error')).toBe('“手机号码”含有不可见字符或多余的空格，请重新填写');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('apply-mobile');
    expect(await page.textContent('[data-testid="refusals"]')).toContain('申请没有提交，请按提示改正后再提交：');
    expect(await page.$('.application-summary .sent')).toBeNull();
    await mode('ok');
  });

  it('已提交 belongs to what was sent: an edit afterwards is not sent until submitted again', async () => {
    await mode('ok');
    await summary();
    await page.click('button:has-text("提交申请")');
    await page.waitForSelector('text=已提交');
    const first = await page.textContent('.application-summary .sent');
    await page.fill('#apply-company', '郑州另一家科技有限公司');
    await page.fill('#apply-mobile', '13900001111');
    await page.waitForSelector('[data-testid="changed-after-send"]');
    expect(await page.$('.application-summary .sent')).toBeNull();
    expect(await page.isEnabled('button:has-text("提交申请")')).toBe(true);
    await page.click('button:has-text("提交申请")');
    await page.waitForSelector('.application-summary .sent');
    const second = await page.textContent('.application-summary .sent');
    expect(second).not.toBe(first);
    const received = (await (await fetch(`${endpoint}/received`)).json()) as string[];
    expect(received.map((r) => (JSON.parse(r) as { applicant: { mobile: string } }).applicant.mobile)).toEqual([
      '13812345678',
      '13900001111',
    ]);
    expect(second).toContain((JSON.parse(received[1] ?? '{}') as { reference: string }).reference);
    // Sent and confirmed: the tab no longer keeps the details.
    expect(await page.evaluate(() => window.sessionStorage.getItem('tariff-apply-applicant'))).toBeNull();
  });

  it('the contact bar carries the quote the page holds: the checker’s number, the estimator’s quote, and on 办理 the form itself', async () => {
    const bar = () => page.getAttribute('.contact-bar [data-apply-link]', 'href');
    await open('checker/?n=4001888188');
    await page.waitForSelector('.number-result');
    await expect.poll(bar).toMatch(/^\/tariff\/apply\/\?.*number=4001888188/u);
    await open('estimator/?plan=annual-1200&minutes=1500&years=2&invoice=1');
    await page.waitForSelector('[data-testid="quote-total"]');
    await expect.poll(bar).toMatch(/^\/tariff\/apply\/\?plan=annual-1200&minutes=1500&years=2&invoice=1/u);
    // The total stays in view on a phone: under 在线办理, the figure the quote shows.
    expect(await page.textContent('[data-testid="quote-total"]')).toBe('3,132.00');
    await expect.poll(() => page.textContent('[data-testid="bar-answer"]')).toBe('合计 3,132.00 元');
    // The comparator's bar: 办理 the cheapest plan for these inputs, with its total.
    await open('compare/?minutes=500&years=1');
    await page.waitForSelector('tr.cheapest');
    const cheapestPlan = /plans\/([\w-]+)\//u.exec((await page.getAttribute('tr.cheapest th a', 'href')) ?? '')?.[1];
    await expect
      .poll(bar)
      .toMatch(new RegExp(`^/tariff/apply/\\?plan=${cheapestPlan ?? 'none'}&minutes=500(&|$)`, 'u'));
    const cheapestTotal = (await page.textContent('tr.cheapest td.num')) ?? '';
    await expect
      .poll(() => page.textContent('[data-testid="bar-answer"]'))
      .toBe(`最省 ${cheapestTotal.replace(/\s*元$/u, '')} 元`);
    await open('apply/?plan=annual-1200&minutes=1500&years=2&invoice=1');
    await page.waitForSelector('#apply-company');
    await page.fill('#apply-company', APPLICANT['company'] ?? '');
    await expect.poll(bar).toBe('#applicant-title');
    // The bar hides while a field has focus (the keyboard is up): as a prospect would, leave the field first.
    await page.locator('#apply-company').blur();
    await page.click('.contact-bar [data-apply-link]');
    expect(new URL(page.url()).searchParams.get('minutes')).toBe('1500');
    expect(await page.inputValue('#est-minutes')).toBe('1500');
    expect(await page.inputValue('#apply-company')).toBe(APPLICANT['company']);
  });

  it('a usage the prospect never gave is named as the default; once typed, it is theirs', async () => {
    await open('apply/?plan=annual-1200&number=4001234566');
    await fillApplicant();
    await page.click('button:has-text("生成申请单")');
    await page.waitForSelector('.application-summary');
    expect(await page.textContent('.application-summary .facts')).toContain('通话用量未填写（按每月 300 分钟估算）');
    await page.fill('#est-minutes', '800');
    await page.click('button:has-text("生成申请单")');
    await expect.poll(() => page.textContent('.application-summary .facts')).toContain('每月约 800 分钟');
  });

  it('30 minutes without a keystroke: the details leave the form and the tab', async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.clock.install();
    await page.goto(new URL(SIX_ADDONS, site).href);
    await page.waitForSelector('astro-island:not([ssr])');
    await fillApplicant();
    await page.clock.runFor('29:00');
    expect(await page.inputValue('#apply-company')).toBe(APPLICANT['company']);
    await page.fill('#apply-contact', '王经理');
    await page.clock.runFor('29:00');
    expect(await page.inputValue('#apply-company')).toBe(APPLICANT['company']);
    await page.clock.runFor('02:00');
    await expect.poll(() => page.inputValue('#apply-company')).toBe('');
    expect(await page.evaluate(() => window.sessionStorage.getItem('tariff-apply-applicant'))).toBeNull();
    await page.close();
  });

  it('清除我填写的资料 empties the fields and the tab’s storage', async () => {
    await open(SIX_ADDONS);
    await fillApplicant();
    expect(await page.evaluate(() => window.sessionStorage.getItem('tariff-apply-applicant'))).toContain('李经理');
    await page.click('button:has-text("清除我填写的资料")');
    expect(await page.inputValue('#apply-company')).toBe('');
    expect(await page.inputValue('#apply-mobile')).toBe('');
    expect(await page.evaluate(() => window.sessionStorage.getItem('tariff-apply-applicant'))).toBeNull();
  });

  it('a slow form service: the page says it is sending, then that it is sent', async () => {
    await mode('slow');
    await summary();
    const start = Date.now();
    await page.click('button:has-text("提交申请")');
    await page.waitForSelector('text=正在提交…');
    expect(await page.isDisabled('button:has-text("提交申请")')).toBe(true);
    await page.waitForSelector('text=已提交', { timeout: 15_000 });
    expect(Date.now() - start).toBeGreaterThanOrEqual(SLOW_MS);
    await mode('ok');
  });

  it('the privacy hint names the buttons this build shows', async () => {
    await open(SIX_ADDONS);
    expect(await page.textContent('.applicant .hint')).toBe(
      '您填写的资料只暂存在本浏览器标签页中，生成申请单后或 30 分钟无操作即清除，不会写进链接或分享出去；只有在您点击“发送邮件”或“提交申请”时才会发出。' +
        `“提交申请”把资料发到我们在 ${new URL(endpoint).host} 的受理服务，仅用于与您联系办理，保存期满即删除。`,
    );
  });

  it('发送邮件 shows once marketing has set an address, and not before', async () => {
    await summary();
    expect(await page.content()).not.toContain(`mailto:${APPLY_EMAIL}`);
    // Catch the mail link as it is followed, instead of opening a mail app.
    await page.evaluate(() =>
      document.addEventListener(
        'click',
        (event) => {
          const link = event.target as HTMLAnchorElement;
          if (link.href.startsWith('mailto:')) {
            event.preventDefault();
            document.body.dataset['mail'] = link.href;
          }
        },
        true,
      ),
    );
    await page.click('button:has-text("发送邮件")');
    const mail = new URL((await page.getAttribute('body', 'data-mail')) ?? '');
    expect(mail.protocol + mail.pathname).toBe(`mailto:${APPLY_EMAIL}`);
    const body = mail.searchParams.get('body') ?? '';
    expect(mail.searchParams.get('subject')).toMatch(/^400电话办理申请 SQ-/u);
    expect(body).toContain('号码：400-123-4566（普通号码 80元/月）');
    expect(body).toContain(`单位名称：${APPLICANT['company']}`);
    expect(body).toContain(await page.textContent('[data-testid="reference"]'));
    const bare = await browser.newPage();
    await bare.goto(new URL(SIX_ADDONS.replace('apply/', 'apply/'), inject('siteUrl')).href);
    await bare.waitForSelector('#apply-company');
    for (const [key, value] of Object.entries(APPLICANT)) await bare.fill(`#apply-${key}`, value);
    await bare.click('button:has-text("生成申请单")');
    await bare.waitForSelector('.application-summary');
    expect(await bare.$('button:has-text("发送邮件")')).toBeNull();
    expect(await bare.$('button:has-text("提交申请")')).toBeNull();
    expect(await bare.isVisible('a:has-text("拨打热线")')).toBe(true);
    // Nor does its privacy hint name them.
    expect(await bare.textContent('.applicant .hint')).toBe(
      '您填写的资料只暂存在本浏览器标签页中，生成申请单后或 30 分钟无操作即清除，不会写进链接或分享出去；本页不会把资料发给任何人：由您打印、复制申请内容或拨打热线办理。',
    );
    await bare.close();
  });

  it('axe: no serious or critical violations on the form, its errors and its summary', async () => {
    await open(SIX_ADDONS);
    await page.waitForSelector('#apply-company');
    // Each state light with every rule, then in the dark scheme with the rules colours decide (as axeSuite does).
    const check = async (state: string) => {
      expect(seriousViolations(await runAxe(page), `light ${state}`)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(seriousViolations(await runAxe(page, COLOUR_RULES), `dark ${state}`)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    };
    await check('form');
    await page.click('button:has-text("生成申请单")');
    await check('errors');
    await fillApplicant();
    await page.click('button:has-text("生成申请单")');
    await page.waitForSelector('.application-summary svg.qr');
    await check('summary');
  }, 120_000);
});
