/** One engine quote, every line with its label, how it was reached and why it is there. */
import type { Quote, QuoteLine } from '../engine/index';
import { sharePercent } from '../engine/forms';
import type { SlimTariff } from '../engine/rules';
import { yuan } from '../presentation/format';
import PhoneText, { PhoneLink } from './PhoneText';

interface Props {
  quote: Quote;
  tariff: SlimTariff;
  base: string;
}

export default function QuoteView({ quote, tariff, base }: Props) {
  const { settings } = tariff;
  if (quote.total === null) {
    return (
      <div class={`quote ${quote.eligible ? 'is-consult' : 'is-ineligible'}`}>
        <h2 class="widget-heading">
          <a href={`${base}plans/${quote.plan}/`}>{quote.planName}</a>
        </h2>
        <p class="quote-status">
          <span class={`tag ${quote.eligible ? 'consult' : ''}`}>{quote.eligible ? '来电咨询' : '不可选'}</span>{' '}
          <PhoneText text={quote.reason ?? ''} />
        </p>
        {quote.lines.length > 0 && (
          <div class="table-wrap">
            <table class="quote-lines">
              <caption>已公布的部分（通话费与合计：来电咨询）</caption>
              <LinesHead />
              <tbody>
                {quote.lines.map((line) => (
                  <LineRow key={line.id} line={line} />
                ))}
                <tr>
                  <td>
                    <span class="line-label">超出最低消费的通话费</span>
                    <span class="line-detail">通话资费为来电咨询</span>
                  </td>
                  <td class="num">来电咨询</td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
      </div>
    );
  }
  return (
    <div class="quote">
      <h2 class="widget-heading">
        <a href={`${base}plans/${quote.plan}/`}>{quote.planName}</a>
        <span class="quote-meta">
          {quote.grade.name} · 服务 {quote.serviceYears} 年
        </span>
      </h2>
      <div class="table-wrap">
        <table class="quote-lines">
          <LinesHead />
          <tbody>
            {quote.lines.map((line) => (
              <LineRow key={line.id} line={line} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">小计（不含税）</th>
              <td class="num">{yuan(quote.subtotal ?? '0')}</td>
            </tr>
            {quote.tax !== null && quote.tax !== '0.00' && (
              <tr>
                <th scope="row">税费（发票，小计的 {sharePercent(settings.taxRate)}%）</th>
                <td class="num">{yuan(quote.tax)}</td>
              </tr>
            )}
            <tr class="total">
              <th scope="row">合计</th>
              <td class="num" data-testid="quote-total">
                {yuan(quote.total)}
              </td>
            </tr>
            <tr>
              <th scope="row">平均每年（{quote.serviceYears} 年）</th>
              <td class="num">{yuan(quote.perYear ?? '0')}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {quote.vip && (
        <p class="note vip">
          不含税金额已达 {yuan(settings.vipThreshold)}{' '}
          元：可由大客户经理为您定制最佳业务方案和套餐标准（专属VIP服务），请致电{' '}
          <PhoneLink number={tariff.contact.hotline} />。
        </p>
      )}
    </div>
  );
}

/** One line of a quote: what it is, how it was reached, why it is there, and its amount. */
function LineRow({ line }: { line: QuoteLine }) {
  return (
    <tr>
      <td>
        <span class="line-label">{line.label}</span>
        <span class="line-detail">{line.detail}</span>
        {line.reason && <span class="line-reason">{line.reason}</span>}
      </td>
      <td class="num">{yuan(line.amount)}</td>
    </tr>
  );
}

function LinesHead() {
  return (
    <thead>
      <tr>
        <th scope="col">项目</th>
        <th scope="col" class="num">
          金额（元）
        </th>
      </tr>
    </thead>
  );
}
