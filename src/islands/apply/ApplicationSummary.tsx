/**
 * The application as a printable summary (A4, one page), with the ways to
 * pass it on: print, copy, call, e-mail (when marketing has set an address)
 * and submit to the form service (when one is set). Nothing is sent before
 * the visitor presses one of these.
 */
import { useState } from 'preact/hooks';
import type { Application } from '../../application/application';
import { applicationText, usageText, type ResellerFacts } from '../../application/application-text';
import type { SlimContact } from '../../engine/rules';
import { yuan } from '../../presentation/format';
import { formatNumber, telHref } from '../../presentation/phones';
import PhoneText, { PhoneLink } from '../PhoneText';
import QrCode from './QrCode';
import { sendApplication, type Refusals } from './send';
import { HONEYPOT_FIELD } from '../../application/application';
import { APPLICANT_FIELDS } from '../../application/applicant';

interface Props {
  application: Application;
  facts: ResellerFacts;
  contact: SlimContact;
  /** Called once the form service has confirmed the application: the tab need not keep the details. */
  onSent?: () => void;
  /** Called with the receiver's refusals of the applicant's fields ("applicant.mobile" → message). */
  onRefused?: (refusals: Refusals) => void;
  /** What the hidden field a person never fills holds: sent only when something filled it. */
  honeypot?: string;
}

/** A refusal as the summary lists it: an applicant field's with its label (the field itself shows it too). */
function refusalText(field: string, message: string): string {
  const key = field.startsWith('applicant.') ? field.slice('applicant.'.length) : undefined;
  const label = APPLICANT_FIELDS.find((f) => f.key === key)?.label.replace('（选填）', '');
  return label === undefined ? message : `${label}：${message}（已在上面标出）`;
}

/** Each state but idle belongs to the exact JSON it was about: an edit afterwards makes it stale. */
type SendState =
  | { kind: 'idle' }
  | { kind: 'sending'; json: string }
  | { kind: 'sent'; json: string; reference: string }
  | { kind: 'failed'; json: string; message: string; refusals?: Refusals | undefined };

export default function ApplicationSummary({ application: app, facts, contact, onSent, onRefused, honeypot }: Props) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'manual'>('no');
  const [sendState, setSend] = useState<SendState>({ kind: 'idle' });
  const text = applicationText(app, facts);
  const json = JSON.stringify(app, null, 2);
  // 已提交 is said only of what was sent; once the details change, the new content is not sent yet.
  const send = sendState.kind === 'idle' || sendState.json === json ? sendState : { kind: 'idle' as const };
  const edited = sendState.kind === 'sent' && sendState.json !== json;
  const { applicant: a } = app;

  const copy = () => {
    // Without a secure context (plain http) there is no clipboard: the text is offered to copy by hand.
    if (!('clipboard' in navigator)) return setCopied('manual');
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('manual'),
    );
  };
  const submit = async () => {
    if (contact.applyEndpoint === undefined) return;
    const sending = json;
    const reference = app.reference;
    setSend({ kind: 'sending', json: sending });
    // The same application always has the same reference: a resend is answered, never taken twice.
    const body = honeypot ? JSON.stringify({ ...app, [HONEYPOT_FIELD]: honeypot }, null, 2) : sending;
    const result = await sendApplication(contact.applyEndpoint, body, reference);
    setSend(
      result.ok
        ? { kind: 'sent', json: sending, reference }
        : { kind: 'failed', json: sending, message: result.message, refusals: result.refusals },
    );
    if (result.ok) onSent?.();
    else if (result.refusals !== undefined) onRefused?.(result.refusals);
  };
  // The mailto: link is made when pressed and dropped at once, so the details never sit in the page.
  const mail = () => {
    if (contact.applyEmail === undefined) return;
    const subject = encodeURIComponent(`400电话办理申请 ${app.reference}`);
    const link = document.createElement('a');
    link.href = `mailto:${contact.applyEmail}?subject=${subject}&body=${encodeURIComponent(text)}`;
    document.body.append(link);
    link.click();
    link.remove();
  };

  return (
    <section class="application-summary" aria-labelledby="application-title" tabIndex={-1} id="application">
      <h2 id="application-title">400电话办理申请</h2>
      <p class="application-head">
        <strong>{facts.siteName}</strong> · 全国统一热线 <PhoneLink number={facts.hotline} />
        <br />
        申请编号{' '}
        <strong class="mono" data-testid="reference">
          {app.reference}
        </strong>{' '}
        · 日期 {app.date} · 按 {app.tariffVersion} 起执行的资费
      </p>
      <dl class="facts">
        <dt>号码</dt>
        <dd>
          <strong class="mono">{formatNumber(app.number)}</strong>（{app.grade}）
        </dd>
        <dt>套餐</dt>
        <dd>
          {app.plan.name}，预存 {app.prepayYears} 年（服务 {app.serviceYears} 年），{usageText(app)}，
          {app.invoice ? '开发票' : '不开发票'}
        </dd>
      </dl>
      <table class="quote-lines">
        <caption>费用明细</caption>
        <thead>
          <tr>
            <th scope="col">项目</th>
            <th scope="col" class="num">
              金额
            </th>
          </tr>
        </thead>
        <tbody>
          {app.quote.lines.map((line, i) => (
            <tr key={i}>
              <td>
                <span class="line-label">{line.label}</span> <span class="line-detail">{line.detail}</span>
              </td>
              <td class="num">
                <span class="nowrap">{yuan(line.amount)} 元</span>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">小计（不含税）</th>
            <td class="num">
              <span class="nowrap">{yuan(app.quote.subtotal)} 元</span>
            </td>
          </tr>
          {app.invoice && (
            <tr>
              <th scope="row">税费</th>
              <td class="num">
                <span class="nowrap">{yuan(app.quote.tax)} 元</span>
              </td>
            </tr>
          )}
          <tr class="total">
            <th scope="row">合计</th>
            <td class="num" data-testid="application-total">
              <span class="nowrap">{yuan(app.quote.total)} 元</span>
            </td>
          </tr>
        </tfoot>
      </table>
      <dl class="facts applicant">
        <dt>单位名称</dt>
        <dd>{a.company}</dd>
        <dt>统一社会信用代码</dt>
        <dd class="mono">{a.uscc}</dd>
        <dt>联系人</dt>
        <dd>{a.contact}</dd>
        <dt>手机号码</dt>
        <dd class="mono">{a.mobile}</dd>
        {a.landline && (
          <>
            <dt>固定电话</dt>
            <dd class="mono">{a.landline}</dd>
          </>
        )}
        {a.email && (
          <>
            <dt>电子邮箱</dt>
            <dd>{a.email}</dd>
          </>
        )}
        {a.address && (
          <>
            <dt>地址</dt>
            <dd>{a.address}</dd>
          </>
        )}
      </dl>
      <div class="application-notes">
        <div>
          <p>
            <strong>{facts.documents}</strong>
          </p>
          <p>
            <PhoneText text={facts.openingTime} />
          </p>
          <p>
            <PhoneText text={facts.taxNote} />
          </p>
          <p>
            <PhoneText text={facts.carrierNote} />
          </p>
        </div>
        <figure class="qr-figure">
          <QrCode text={app.quoteUrl} label="报价链接的二维码" />
          <figcaption>扫码打开这份报价（不含申请人资料）</figcaption>
        </figure>
      </div>
      <div class="application-actions no-print">
        <button type="button" onClick={() => window.print()}>
          打印申请单
        </button>
        <button type="button" onClick={copy}>
          复制申请内容
        </button>
        <a class="button" href={telHref(contact.hotline)}>
          拨打热线
        </a>
        {contact.applyEmail !== undefined && (
          <button type="button" onClick={mail}>
            发送邮件
          </button>
        )}
        {contact.applyEndpoint !== undefined && (
          <button
            type="button"
            onClick={() => void submit()}
            disabled={send.kind === 'sending' || send.kind === 'sent'}
          >
            {send.kind === 'failed' ? '重新提交' : '提交申请'}
          </button>
        )}
      </div>
      <div class="no-print" role="status">
        {copied === 'yes' && <p>已复制，可粘贴到微信或邮件中。</p>}
        {send.kind === 'sending' && <p>正在提交…</p>}
        {send.kind === 'sent' && (
          <p class="sent">已提交。我们会按您留的手机号码与您联系；申请编号 {send.reference}。</p>
        )}
        {edited && (
          <p class="field-error" data-testid="changed-after-send">
            您在提交后修改了申请（之前提交的编号是 {sendState.reference}）：修改后的内容还没有提交，请再按“提交申请”。
          </p>
        )}
        {send.kind === 'failed' && send.refusals === undefined && (
          <p class="field-error">
            {send.message}。您填写的内容仍在本页，请稍后按“重新提交”（同一份申请不会重复受理），或拨打全国统一热线{' '}
            <PhoneLink number={contact.hotline} />。
          </p>
        )}
        {send.kind === 'failed' && send.refusals !== undefined && (
          <div class="field-error" data-testid="refusals">
            <p>{send.message}：</p>
            <ul>
              {Object.entries(send.refusals).map(([field, message]) => (
                <li key={field}>{refusalText(field, message)}</li>
              ))}
            </ul>
            <p>
              也可以拨打全国统一热线 <PhoneLink number={contact.hotline} /> 办理。
            </p>
          </div>
        )}
      </div>
      {copied === 'manual' && (
        <div class="no-print">
          <label for="application-text">浏览器不允许自动复制，请选中下面的内容手动复制：</label>
          <textarea id="application-text" readOnly rows={8} value={text} />
        </div>
      )}
      {contact.applyEndpoint !== undefined && (
        <details class="no-print">
          <summary>提交的内容（JSON）</summary>
          <pre data-testid="application-json">{json}</pre>
        </details>
      )}
    </section>
  );
}
