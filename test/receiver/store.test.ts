import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applicationsCsv, csvCell } from '../../src/receiver/csv';
import { openStore } from '../../src/receiver/store';
import { APPLICANT, makeApplication } from '../helpers/receiver';

const dir = mkdtempSync(join(tmpdir(), 'receiver-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the store', () => {
  it('keeps applications in one WAL file across openings; a reference is stored once', () => {
    const file = join(dir, 'a.sqlite');
    const app = makeApplication();
    const first = openStore(file);
    expect(first.add(app, new Date('2026-12-01T02:00:00Z'), ['wecom', 'email'])).toBe(true);
    expect(first.add(app, new Date('2026-12-01T03:00:00Z'), ['wecom', 'email'])).toBe(false);
    first.close();
    const again = openStore(file);
    expect(again.since(new Date(0))).toEqual([
      { reference: app.reference, receivedAt: '2026-12-01T02:00:00.000Z', application: app },
    ]);
    expect(again.due(new Date('2026-12-01T02:00:00Z')).map((d) => d.channel)).toEqual(['wecom', 'email']);
    again.sent(app.reference, 'wecom', new Date('2026-12-01T02:00:01Z'));
    again.failed(app.reference, 'email', 'smtp down', new Date('2026-12-01T02:00:06Z'));
    expect(again.due(new Date('2026-12-01T02:00:05Z'))).toEqual([]);
    expect(again.nextDue()).toEqual(new Date('2026-12-01T02:00:06Z'));
    expect(again.due(new Date('2026-12-01T02:00:06Z'))).toMatchObject([{ channel: 'email', attempts: 1 }]);
    again.failed(app.reference, 'email', 'gave up', undefined);
    expect(again.nextDue()).toBeUndefined();
    again.close();
  });

  it('deletes one application on request, and every one past the retention period', () => {
    const store = openStore(':memory:');
    const old = makeApplication({ prepayYears: 1 });
    const recent = makeApplication();
    store.add(old, new Date('2026-01-01T00:00:00Z'), ['wecom']);
    store.add(recent, new Date('2026-12-01T00:00:00Z'), ['wecom']);
    expect(store.purge(new Date('2026-06-01T00:00:00Z'))).toBe(1);
    expect(store.since(new Date(0)).map((s) => s.reference)).toEqual([recent.reference]);
    expect(store.remove(recent.reference)).toBe(true);
    expect(store.remove(recent.reference)).toBe(false);
    expect(store.due(new Date('2027-01-01T00:00:00Z'))).toEqual([]);
    store.close();
  });
});

describe('the CSV export', () => {
  it('quotes every cell and defuses what a spreadsheet would run as a formula', () => {
    expect(['=HYPERLINK("http://x")', '+86', '-1', '@SUM(A1)', '\tx', 'a"b', '公司'].map(csvCell)).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      `"'+86"`,
      `"'-1"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      '"a""b"',
      '"公司"',
    ]);
  });

  it('writes one row per application under Chinese headings, with a BOM for Excel', () => {
    const app = makeApplication();
    const hostile = { ...app, applicant: { ...APPLICANT, company: '=cmd|"/c calc"!A1' } };
    const csv = applicationsCsv([
      { reference: app.reference, receivedAt: '2026-12-01T02:00:00.000Z', application: hostile },
    ]);
    const [head, row] = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(head).toBe(
      '"申请编号","收到时间","单位名称","统一社会信用代码","联系人","手机号码","固定电话","电子邮箱","地址","号码","等级","套餐","预存年数","合计（元）","资费版本","报价链接"',
    );
    expect(row).toBe(
      `"${app.reference}","2026-12-01T02:00:00.000Z","'=cmd|""/c calc""!A1","91350100M000100Y43","李经理","13812345678","","","","4001234566","普通号码 80元/月","年套餐 1200元/年","2","1836.00","2016-04-10","https://400.example.cn/estimator/?plan=annual-1200&number=4001234566"`,
    );
  });
});
