/**
 * 选号: filter the reseller's free numbers by grade, tail rule, budget,
 * carrier and digits, as the visitor types or taps. Grades and rules were
 * decided at build time by the engine (inventory/number-index.ts); this
 * widget only picks lists and compares digits (inventory/query.ts). The
 * filter lives in the URL.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatNumber, telHref } from '../presentation/phones';
import { bucketsFor, NO_FILTER } from '../inventory/query';
import type { IndexGrade, NumberIndex } from '../inventory/index-format';
import CountField from './CountField';
import { syncContactBar } from './contact-bar';
import { useUrlState } from './input/use-url-state';
import {
  EMPTY_PICKER,
  filterOf,
  readPickerState,
  writePickerState,
  type DigitField,
  type PickerState,
} from './input/picker-state';
import { useNumberQuery } from './picker/use-number-query';

interface Props {
  index: NumberIndex;
  /** Where the chunk files are served: "<base>numbers/data/". */
  dataUrl: string;
  base: string;
  /**
   * Per grade id: the estimator and 办理 links preset with the grade's
   * cheapest plan, NUMBER_MARK standing for the number; the 办理 link for
   * the grade alone (the contact bar's); or, where 办理 is by phone, the
   * number to call. Built by the page with estimatorHref, so this widget
   * needs no tariff.
   */
  links: Record<string, { estimate: string; apply?: string; applyGrade?: string; phone?: string }>;
  /** The number to call when a grade names none. */
  hotline: string;
}

/** Stands for the number in `links`. */
export const NUMBER_MARK = '4000000000';

/** Numbers shown at first, and added by each 显示更多. */
export const PAGE_SIZE = 50;

const FIELD_NAMES: Record<string, string> = {
  grade: '号码等级',
  rule: '尾号规则',
  end: '结尾数字',
  has: '包含数字',
  no: '不含数字',
  budget: '预算',
  carrier: '运营商',
};

const DIGIT_LABELS: Record<DigitField, { label: string; error: string }> = {
  end: { label: '结尾数字', error: '请输入数字（最多 10 位），如 8888' },
  has: { label: '包含数字', error: '请输入数字（最多 10 位），如 168' },
  no: { label: '不含数字', error: '请输入要排除的数字，如 4' },
};

export default function NumberPicker({ index, dataUrl, base, links, hotline }: Props) {
  const read = useMemo(() => (search: string) => readPickerState(index, search), [index]);
  const url = useUrlState<PickerState>(EMPTY_PICKER, read, writePickerState);
  const { state } = url;
  const [limit, setLimit] = useState(PAGE_SIZE);
  const { filter, invalid } = useMemo(() => filterOf(state), [state]);
  const { status, retry } = useNumberQuery(
    index,
    dataUrl,
    url.ready && invalid.length === 0 ? filter : undefined,
    limit,
  );

  const change = (update: Partial<PickerState>, how: 'choose' | 'type' = 'choose') => {
    setLimit(PAGE_SIZE);
    url.update(update, how);
  };
  const gradeOf = (id: string) => index.grades.find((g) => g.id === id);
  // Counts follow the budget and carrier chosen (digit filters need the numbers themselves).
  const count = (grade: string, rule = '') =>
    bucketsFor(index, { ...NO_FILTER, budget: state.budget, carrier: state.carrier, grade, rule }).reduce(
      (n, b) => n + b.count,
      0,
    );
  const budget = index.budgets.find((b) => b.yearly === state.budget);
  /** Why a grade has no number within the budget: its cheapest plan costs more. */
  const overBudget = (grade: IndexGrade | undefined) =>
    budget !== undefined && grade !== undefined && !budget.grades.includes(grade.id)
      ? `${grade.name}的套餐最低 ${grade.cheapest?.yearly ?? ''} 元/年，超出所选预算（不超过 ${budget.label}）`
      : undefined;
  const chosenOverBudget = overBudget(gradeOf(state.grade));
  const ruleGrades: IndexGrade[] = state.grade === '' ? index.grades : index.grades.filter((g) => g.id === state.grade);
  const filtered = Object.values(state).some((v) => v !== '');
  // While a query loads, the last whole result stays on show (显示更多 keeps its place).
  const shown = status.kind === 'done' ? status.result : status.previous;

  // The phone's contact bar: 办理 the one number found, else the chosen grade (its cheapest plan), else plain /apply/.
  const only = status.kind === 'done' && status.result.total === 1 ? status.result.items[0] : undefined;
  const barGrade = only?.grade ?? (state.grade === '' ? undefined : state.grade);
  const barLinks = barGrade === undefined ? undefined : links[barGrade];
  const barApply = only !== undefined ? barLinks?.apply?.replace(NUMBER_MARK, only.number) : barLinks?.applyGrade;
  const barPhone = barLinks?.phone;
  useEffect(() => {
    if (!url.ready) return;
    if (barApply !== undefined) syncContactBar({ kind: 'apply', href: barApply });
    else if (barPhone !== undefined) syncContactBar({ kind: 'phone', href: telHref(barPhone) });
    else syncContactBar({ kind: 'apply', href: `${base}apply/` });
  }, [url.ready, barApply, barPhone, base]);

  // Until the URL is read the filters are drawn with their defaults, disabled, and no number is listed
  // (the link may ask for others): the page's HTML carries the form, so the first paint is not an empty
  // box; without JavaScript it stays hidden (Base.astro).
  const busy = !url.ready;

  return (
    <div class="widget picker" aria-busy={busy ? 'true' : undefined}>
      {url.reset.length > 0 && (
        <p class="note notice" role="status">
          链接中的部分筛选条件无效，已忽略：
          {Object.keys(FIELD_NAMES)
            .filter((k) => url.reset.includes(k))
            .map((k) => FIELD_NAMES[k])
            .join('、')}
          。
        </p>
      )}
      <div class="picker-filters" role="search" aria-label="筛选号码">
        <fieldset class="form-state" disabled={busy}>
          <div class="field">
            <label for="picker-grade">号码等级</label>
            <select
              id="picker-grade"
              value={state.grade}
              onChange={(e) => {
                const grade = e.currentTarget.value;
                const keepsRule = gradeOf(grade)?.rules.some((r) => r.rule === state.rule) ?? true;
                change({ grade, ...(keepsRule ? {} : { rule: '' }) });
              }}
            >
              <option value="">全部（{count('').toLocaleString('en-US')}）</option>
              {index.grades.map((g) => (
                <option value={g.id} key={g.id}>
                  {g.name}（{overBudget(g) === undefined ? count(g.id).toLocaleString('en-US') : '超出预算'}）
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="picker-rule">尾号规则</label>
            <select id="picker-rule" value={state.rule} onChange={(e) => change({ rule: e.currentTarget.value })}>
              <option value="">全部规则</option>
              {ruleGrades.map((g) => (
                <optgroup label={g.name} key={g.id}>
                  {g.rules.map((r) => (
                    <option value={r.rule} key={r.rule}>
                      {r.label}（{count(g.id, r.rule).toLocaleString('en-US')}）
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          {(['end', 'has', 'no'] as const).map((key) => (
            <CountField
              key={key}
              id={`picker-${key}`}
              label={DIGIT_LABELS[key].label}
              text={state[key]}
              error={invalid.includes(key) ? DIGIT_LABELS[key].error : undefined}
              onText={(text) => change({ [key]: text }, 'type')}
              onBlur={url.settle}
            />
          ))}
          <div class="field">
            <label for="picker-budget">套餐预算</label>
            <select id="picker-budget" value={state.budget} onChange={(e) => change({ budget: e.currentTarget.value })}>
              <option value="">不限</option>
              {index.budgets.map((b) => (
                <option value={b.yearly} key={b.yearly}>
                  不超过 {b.label}
                </option>
              ))}
            </select>
          </div>
          {index.carriers.length > 0 && (
            <div class="field">
              <label for="picker-carrier">运营商</label>
              <select
                id="picker-carrier"
                value={state.carrier}
                onChange={(e) => change({ carrier: e.currentTarget.value })}
              >
                <option value="">不限</option>
                {index.carriers.map((c) => (
                  <option value={c} key={c}>
                    {c}
                  </option>
                ))}
              </select>
            </div>
          )}
          {filtered && (
            <button type="button" class="link" onClick={() => change(EMPTY_PICKER)}>
              清除筛选
            </button>
          )}
        </fieldset>
      </div>

      <p class="hint">结尾、包含的数字按整个号码看；不含的数字只看 400 之后的 7 位。</p>
      <p class="result-summary" role="status">
        {invalid.length > 0
          ? '请先改正上面标出的筛选条件。'
          : busy || status.kind === 'loading'
            ? '正在载入号码…'
            : status.kind === 'failed'
              ? '号码数据载入失败，请检查网络后重试。'
              : `找到 ${status.result.total.toLocaleString('en-US')} 个号码${status.result.total > 0 ? '，按等级从高到低、号码从小到大排列' : ''}。`}
      </p>
      {status.kind === 'failed' && (
        <button type="button" onClick={retry}>
          重试
        </button>
      )}
      {!busy && shown !== undefined && invalid.length === 0 && (
        <>
          {status.kind === 'done' && shown.total === 0 && (
            <p>
              {chosenOverBudget === undefined
                ? '没有符合条件的号码。可以放宽条件，或拨打热线查询更多号码。'
                : `没有符合条件的号码：${chosenOverBudget}。请放宽预算或改选号码等级。`}
            </p>
          )}
          <ol class="pick-list" aria-busy={status.kind === 'done' ? undefined : 'true'}>
            {shown.items.map((item) => {
              const grade = gradeOf(item.grade);
              const rule = grade?.rules.find((r) => r.rule === item.rule);
              const plan = grade?.cheapest;
              return (
                <li key={item.number} class="pick">
                  <span class="mono pick-number">{formatNumber(item.number)}</span>
                  {item.carrier !== '' && <span class="tag">{item.carrier}</span>}
                  <span class="pick-grade">
                    {grade?.name} · {rule?.label}
                  </span>
                  {plan && (
                    <span class="pick-plan">
                      最低可选 <a href={`${base}plans/${plan.plan}/`}>{plan.name}</a>，每年{' '}
                      <span class="price">{plan.yearly} 元</span>起
                    </span>
                  )}
                  <span class="pick-links">
                    <a
                      href={(links[item.grade]?.estimate ?? `${base}estimator/`).replace(NUMBER_MARK, item.number)}
                      aria-label={`估算 ${formatNumber(item.number)} 的费用`}
                    >
                      估算费用
                    </a>
                    {links[item.grade]?.apply !== undefined ? (
                      <a
                        href={links[item.grade]?.apply?.replace(NUMBER_MARK, item.number)}
                        aria-label={`办理 ${formatNumber(item.number)}`}
                      >
                        办理
                      </a>
                    ) : (
                      <a
                        href={telHref(links[item.grade]?.phone ?? hotline)}
                        aria-label={`电话办理 ${formatNumber(item.number)}：${links[item.grade]?.phone ?? hotline}`}
                      >
                        电话办理
                      </a>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
          {shown.total > shown.items.length && (
            <button type="button" disabled={status.kind !== 'done'} onClick={() => setLimit((n) => n + PAGE_SIZE)}>
              显示更多（还有 {(shown.total - shown.items.length).toLocaleString('en-US')} 个）
            </button>
          )}
        </>
      )}
    </div>
  );
}
