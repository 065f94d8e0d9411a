/**
 * What parseTariff refuses in the files an editor writes, word for word and
 * where: each file against its schema, then the references between them.
 * Each test edits a fresh copy of the published files and parses it itself:
 * the mutation run (npm run mutate) reaches only what a test computes inside it.
 */
import { describe, expect, it } from 'vitest';
import { parseTariff } from '../../src/tariff-changes/parse-tariff';
import { byId, rawFiles, type RawFiles } from '../helpers/raw-tariff';

type Json = Record<string, unknown>;

/** Each issue as "file path code：message"; [] when the files parse. */
function said(edit: (files: RawFiles) => void): string[] {
  const files = rawFiles();
  edit(files);
  const result = parseTariff(files);
  return result.ok ? [] : result.issues.map((i) => `${i.file} ${i.path} ${i.code}：${i.message}`);
}

const charges = (addon: Json): Json[] => addon['charges'] as Json[];
const tiers = (charge: Json): Json => charge['tiers'] as Json;

describe('the published files', () => {
  it('parse, grades ordered by kind then monthly minimum, plans cheapest first, ties in file order', () => {
    const files = rawFiles();
    files.grades.grades.reverse();
    files.grades.grades.push({
      id: 'ordinary-60',
      name: '普通号码',
      kind: 'ordinary',
      monthlyMinimum: '60',
      patterns: ['77'],
      source: { changed: '2027-01-01', note: '新增' },
    });
    files.plans.plans.reverse();
    byId(files.plans.plans, 'annual-1500')['yearly'] = '1200';
    const result = parseTariff(files);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    const { grades, plans } = result.tariff;
    expect(grades.map((g) => g.id)).toEqual(['ordinary-50', 'ordinary-60', 'ordinary-80', 'special', 'super']);
    expect(plans.map((p) => p.id)).toEqual([
      'monthly-600',
      'monthly-960',
      'annual-1500',
      'annual-1200',
      'annual-2000',
      'annual-3000',
      'annual-3600',
      'annual-80000',
    ]);
  });
});

describe('grades', () => {
  it.each<[string, (f: RawFiles) => void, string[]]>([
    [
      'an id twice',
      (f) => void (byId(f.grades.grades, 'special')['id'] = 'super'),
      [
        'tariffs/grades.yaml grades[3].id ref/duplicate：编号 “super” 重复了（与第 3 项相同）',
        'tariffs/plans.yaml plans[6].maxGrade ref/unknown：没有号码等级 “special”',
      ],
    ],
    [
      'no default',
      (f) => void delete byId(f.grades.grades, 'ordinary-50')['default'],
      ['tariffs/grades.yaml grades grade/default-count：必须有且只有一个号码等级写 default: true（现在有 0 个）'],
    ],
    [
      'two defaults',
      (f) => void (byId(f.grades.grades, 'ordinary-80')['default'] = true),
      ['tariffs/grades.yaml grades grade/default-count：必须有且只有一个号码等级写 default: true（现在有 2 个）'],
    ],
    [
      'a default that is not ordinary',
      (f) => {
        delete byId(f.grades.grades, 'ordinary-50')['default'];
        byId(f.grades.grades, 'special')['default'] = true;
      },
      ['tariffs/grades.yaml grades[2].default grade/default-kind：默认号码等级必须是普通号码（kind: ordinary）'],
    ],
    [
      'a pattern of another grade',
      (f) => void (byId(f.grades.grades, 'super')['patterns'] = ['AAAA', 'AABB']),
      [
        'tariffs/grades.yaml grades[3].patterns[1] grade/pattern-taken：尾号规则 “AABB” 已属于号码等级 “special”：一条规则只能属于一个等级',
      ],
    ],
    [
      'a monthly minimum of another grade, however written',
      (f) => void (byId(f.grades.grades, 'ordinary-80')['monthlyMinimum'] = '50.00'),
      [
        'tariffs/grades.yaml grades[1].monthlyMinimum grade/minimum-taken：号码等级 “ordinary-50” 已用了这个月最低消费：普通号码等级按它排序，不能相同',
      ],
    ],
    [
      'a monthly minimum where the kind has one or has none',
      (f) => {
        delete byId(f.grades.grades, 'ordinary-80')['monthlyMinimum'];
        byId(f.grades.grades, 'special')['monthlyMinimum'] = '100';
        byId(f.grades.grades, 'super')['monthlyMinimum'] = '200';
      },
      [
        'tariffs/grades.yaml grades[1].monthlyMinimum grade/needs-minimum：普通号码等级要写 monthlyMinimum（月最低消费）',
        'tariffs/grades.yaml grades[2].monthlyMinimum grade/no-minimum：特级号码等级没有月最低消费：请删掉 monthlyMinimum 这一行',
        'tariffs/grades.yaml grades[3].monthlyMinimum grade/no-minimum：超级号码等级没有月最低消费：请删掉 monthlyMinimum 这一行',
      ],
    ],
    [
      'patterns that are no tail rule',
      (f) => void (byId(f.grades.grades, 'special')['patterns'] = ['aaa', 'A', 'ABCDEFGHIJK', 'AB12']),
      [
        'tariffs/grades.yaml grades[2].patterns[0] field/pattern：尾号规则应写 2–10 个大写字母或数字，例如 "AABB" 或 "88"；这里写的是 "aaa"',
        'tariffs/grades.yaml grades[2].patterns[1] field/pattern：尾号规则应写 2–10 个大写字母或数字，例如 "AABB" 或 "88"；这里写的是 "A"',
        'tariffs/grades.yaml grades[2].patterns[2] field/pattern：尾号规则应写 2–10 个大写字母或数字，例如 "AABB" 或 "88"；这里写的是 "ABCDEFGHIJK"',
      ],
    ],
  ])('%s', (_, edit, expected) => {
    expect(said(edit)).toEqual(expected);
  });
});

describe('plans', () => {
  it.each<[string, (f: RawFiles) => void, string[]]>([
    [
      'an id twice',
      (f) => void (byId(f.plans.plans, 'monthly-960')['id'] = 'monthly-600'),
      ['tariffs/plans.yaml plans[1].id ref/duplicate：编号 “monthly-600” 重复了（与第 1 项相同）'],
    ],
    [
      'a grade that is not there',
      (f) => void (byId(f.plans.plans, 'annual-3000')['maxGrade'] = 'specal'),
      ['tariffs/plans.yaml plans[6].maxGrade ref/unknown：没有号码等级 “specal”（是不是 “special”？）'],
    ],
    [
      'a monthly plan that does not split into 12 months to the fen',
      (f) => void (byId(f.plans.plans, 'monthly-600')['yearly'] = '601'),
      ['tariffs/plans.yaml plans[0].yearly plan/monthly-fen：月套餐的年金额要能按 12 个月平分到分'],
    ],
    [
      'deals: years twice, years out of range, a discount above what is prepaid',
      (f) =>
        void (byId(f.plans.plans, 'annual-1200')['deals'] = [
          { years: 2, discount: '700' },
          { years: 2, freeYears: 1 },
          { years: 4, discount: '1' },
          { years: 3, discount: '3600.01' },
          { years: 1, discount: '1200' },
        ]),
      [
        'tariffs/plans.yaml plans[2].deals[1].years ref/duplicate：预存年数 “2” 重复了（与第 1 项相同）',
        'tariffs/plans.yaml plans[2].deals[2].years plan/prepay-years：预存年数应在 1–3 年之间（见 tariff.yaml 的 prepayYears）',
        'tariffs/plans.yaml plans[2].deals[3].discount plan/discount-too-large：优惠金额不能大于预存的金额',
      ],
    ],
    [
      'a deal with both or neither of a discount and free years',
      (f) =>
        void (byId(f.plans.plans, 'annual-1200')['deals'] = [
          { years: 2, discount: '700', freeYears: 1 },
          { years: 3 },
        ]),
      [
        'tariffs/plans.yaml plans[2].deals[0] plan/deal-shape：预存优惠要写 discount（优惠金额）或 freeYears（赠送年数），二者只写一个',
        'tariffs/plans.yaml plans[2].deals[1] plan/deal-shape：预存优惠要写 discount（优惠金额）或 freeYears（赠送年数），二者只写一个',
      ],
    ],
    [
      'both or neither of the grade limits',
      (f) => {
        byId(f.plans.plans, 'annual-3000')['maxMonthlyMinimum'] = '200';
        delete byId(f.plans.plans, 'annual-80000')['maxGrade'];
      },
      [
        'tariffs/plans.yaml plans[6].maxGrade plan/grade-limit：套餐要写 maxGrade 或 maxMonthlyMinimum（可选号码），二者只写一个',
        'tariffs/plans.yaml plans[7].maxGrade plan/grade-limit：套餐要写 maxGrade 或 maxMonthlyMinimum（可选号码），二者只写一个',
      ],
    ],
    [
      'money as a bare number, with a comma, or empty',
      (f) => {
        byId(f.plans.plans, 'annual-1200')['yearly'] = 1200;
        byId(f.plans.plans, 'annual-1500')['yearly'] = '1,500';
        byId(f.plans.plans, 'annual-2000')['yearly'] = null;
      },
      [
        "tariffs/plans.yaml plans[2].yearly money/unquoted：金额要加引号：请写成 '1200'（带引号），不带引号的数字可能被读错",
        "tariffs/plans.yaml plans[3].yearly money/invalid：金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 \"1,500\"",
        "tariffs/plans.yaml plans[4].yearly money/invalid：金额应写成不小于 0 的数字，最多 4 位小数，并加引号，例如 '100' 或 '0.13'；这里写的是 null",
      ],
    ],
  ])('%s', (_, edit, expected) => {
    expect(said(edit)).toEqual(expected);
  });
});

describe('add-ons', () => {
  it.each<[string, (f: RawFiles) => void, string[]]>([
    [
      'an id twice, a charge id twice',
      (f) => {
        byId(f.addons.addons, 'office-hours')['id'] = 'area-routing';
        (charges(byId(f.addons.addons, 'ringback-multi'))[1] ?? {})['id'] = 'fee';
      },
      [
        'tariffs/addons.yaml addons[1].id ref/duplicate：编号 “area-routing” 重复了（与第 1 项相同）',
        'tariffs/addons.yaml addons[5].charges[1].id ref/duplicate：编号 “fee” 重复了（与第 1 项相同）',
      ],
    ],
    [
      'a quantity not declared, where a charge counts, tiers or applies by it',
      (f) => {
        (charges(byId(f.addons.addons, 'ringback-multi'))[1] ?? {})['per'] = 'file';
        tiers(charges(byId(f.addons.addons, 'anti-fake'))[0] ?? {})['by'] = 'code';
        ((charges(byId(f.addons.addons, 'ivr'))[0] ?? {})['when'] as Json)['quantity'] = 'level';
      },
      [
        'tariffs/addons.yaml addons[5].charges[1].per ref/no-quantity：“ringback-multi” 没有数量 “file”（是不是 “files”？）：请先在 quantities 里声明',
        'tariffs/addons.yaml addons[9].charges[0].when.quantity ref/no-quantity：“ivr” 没有数量 “level”（是不是 “levels”？）：请先在 quantities 里声明',
        'tariffs/addons.yaml addons[20].charges[0].tiers.by ref/no-quantity：“anti-fake” 没有数量 “code”（是不是 “codes”？）：请先在 quantities 里声明',
      ],
    ],
    [
      'needs: an add-on not there, itself, a quantity it lacks or below its least',
      (f) => {
        byId(f.addons.addons, 'ringback-multi')['needs'] = [{ id: 'ringbak' }];
        byId(f.addons.addons, 'ringback-upload')['needs'] = [{ id: 'ringback-upload' }];
        byId(f.addons.addons, 'voicemail')['needs'] = [{ id: 'ringback-multi', quantities: { file: 2, files: 0 } }];
      },
      [
        'tariffs/addons.yaml addons[5].needs[0].id ref/unknown：没有附加功能 “ringbak”（是不是 “ringback”？）',
        'tariffs/addons.yaml addons[7].needs[0].id ref/self：附加功能不能需要自己',
        'tariffs/addons.yaml addons[12].needs[0].quantities.file ref/no-quantity：“ringback-multi” 没有数量 “file”（是不是 “files”？）：请先在 quantities 里声明',
        'tariffs/addons.yaml addons[12].needs[0].quantities.files ref/quantity-min：数量不能小于 1',
        'tariffs/addons.yaml addons[7].needs ref/cycle：彩铃上传 通过其它功能又需要了自己（循环依赖）',
      ],
    ],
    [
      'includes: an add-on not there, itself',
      (f) => void (byId(f.addons.addons, 'ivr')['includes'] = ['ringbak', 'ivr']),
      [
        'tariffs/addons.yaml addons[9].includes[0] ref/unknown：没有附加功能 “ringbak”（是不是 “ringback”？）',
        'tariffs/addons.yaml addons[9].includes[1] ref/self：附加功能不能包含自己',
      ],
    ],
    [
      'a cycle of needs, named at each add-on on it',
      (f) => void (byId(f.addons.addons, 'ringback')['needs'] = [{ id: 'ringback-multi' }]),
      [
        'tariffs/addons.yaml addons[4].needs ref/cycle：彩铃功能 通过其它功能又需要了自己（循环依赖）',
        'tariffs/addons.yaml addons[5].needs ref/cycle：炫铃功能 通过其它功能又需要了自己（循环依赖）',
      ],
    ],
    [
      'a quantity name that is no word, a default below the least',
      (f) => {
        byId(f.addons.addons, 'ringback-multi')['quantities'] = {
          Files: { label: '炫铃文件', unit: '个', default: 1, min: 1 },
        };
        byId(f.addons.addons, 'ringback-upload')['quantities'] = {
          uploads: { label: '上传次数', unit: '次', default: 0, min: 1 },
        };
      },
      [
        'tariffs/addons.yaml addons[5].quantities.Files field/quantity-name：数量名称应是一个英文单词，例如 "files" 或 "extraExtensions"；这里写的是 "Files"',
        'tariffs/addons.yaml addons[7].quantities.uploads.default addon/default-below-min：数量的默认值（default）不能小于最小值（min）',
      ],
    ],
    [
      'a charge with both or neither of an amount and tiers; free without per; tiers out of order',
      (f) => {
        delete (charges(byId(f.addons.addons, 'ringback'))[0] ?? {})['amount'];
        (charges(byId(f.addons.addons, 'ringback-multi'))[0] ?? {})['free'] = 1;
        const fee = charges(byId(f.addons.addons, 'anti-fake'))[0] ?? {};
        fee['amount'] = '1';
        tiers(fee)['steps'] = [
          { upTo: 100, amount: '1' },
          { upTo: 100, amount: '2' },
          { upTo: 50, amount: '3' },
          { upTo: 1000, amount: '4' },
        ];
      },
      [
        'tariffs/addons.yaml addons[4].charges[0].amount addon/amount-or-tiers：收费项要写 amount（金额）或 tiers（阶梯价格），二者只写一个',
        'tariffs/addons.yaml addons[5].charges[0].free addon/free-needs-per：free（免费数量）按 per 计数：请加上 per，或删掉 free',
        'tariffs/addons.yaml addons[20].charges[0].amount addon/amount-or-tiers：收费项要写 amount（金额）或 tiers（阶梯价格），二者只写一个',
        'tariffs/addons.yaml addons[20].charges[0].tiers.steps[1].upTo addon/steps-order：阶梯价格的 upTo 要一级比一级大',
        'tariffs/addons.yaml addons[20].charges[0].tiers.steps[2].upTo addon/steps-order：阶梯价格的 upTo 要一级比一级大',
      ],
    ],
    [
      'an id that is no slug',
      (f) => void (byId(f.addons.addons, 'ringback')['id'] = 'Ring_back'),
      [
        'tariffs/addons.yaml addons[4].id field/slug：编号（id）只能用小写英文字母、数字和连字符，例如 "annual-1200"；这里写的是 "Ring_back"',
      ],
    ],
  ])('%s', (_, edit, expected) => {
    expect(said(edit)).toEqual(expected);
  });
});

describe('settings and notes', () => {
  it.each<[string, (f: RawFiles) => void, string[]]>([
    [
      'a fee rule that names an add-on not there, in either plan kind',
      (f) => {
        f.tariff.kinds.monthly['waiverExcept'] = ['trunc'];
        f.tariff.kinds.annual['waiverExcept'] = ['trunk', 'anti-fak'];
      },
      [
        'tariffs/tariff.yaml kinds.monthly.waiverExcept[0] ref/unknown：没有附加功能 “trunc”（是不是 “trunk”？）',
        'tariffs/tariff.yaml kinds.annual.waiverExcept[1] ref/unknown：没有附加功能 “anti-fak”（是不是 “anti-fake”？）',
      ],
    ],
    [
      'fewer years at most than at least',
      (f) => void (f.tariff['prepayYears'] = { min: 3, max: 2 }),
      ['tariffs/tariff.yaml prepayYears setting/prepay-order：可预存年数的最小值（min）不能大于最大值（max）'],
    ],
    [
      'a date written as a number, or one the calendar does not have',
      (f) => void (f.tariff['effective'] = 20160410),
      [
        "tariffs/tariff.yaml effective date/invalid：日期应写成真实存在的 YYYY-MM-DD 并加引号，例如 '2027-01-01'；这里写的是 20160410",
      ],
    ],
    [
      'a day the calendar does not have',
      (f) => void (f.tariff['effective'] = '2016-02-30'),
      [
        'tariffs/tariff.yaml effective date/invalid：日期应写成真实存在的 YYYY-MM-DD 并加引号，例如 \'2027-01-01\'；这里写的是 "2016-02-30"',
      ],
    ],
    [
      'a note id twice',
      (f) => void ((f.notes.notes[1] ?? {})['id'] = 'carrier-rules'),
      ['tariffs/notes.yaml notes[1].id ref/duplicate：编号 “carrier-rules” 重复了（与第 1 项相同）'],
    ],
  ])('%s', (_, edit, expected) => {
    expect(said(edit)).toEqual(expected);
  });

  it('the year range may be a single year', () => {
    expect(
      said((f) => {
        f.tariff['prepayYears'] = { min: 1, max: 1 };
        for (const plan of f.plans.plans) plan['deals'] = [];
      }),
    ).toEqual([]);
  });

  it.each([
    ['https://forms.example.cn/apply', true],
    ['http://localhost:8080/apply', true],
    ['http://127.0.0.1/apply', true],
    ['http://[::1]/apply', true],
    ['http://example.cn/apply', false],
    ['ftp://localhost/apply', false],
    ['not an address', false],
  ])('a form service at %s: taken %s (HTTPS, or plain HTTP on this machine)', (address, taken) => {
    expect(said((f) => void (f.notes.contact['applyEndpoint'] = address))).toEqual(
      taken
        ? []
        : [
            'tariffs/notes.yaml contact.applyEndpoint contact/endpoint：请写表单服务的完整 HTTPS 地址，例如 https://forms.example.cn/400-apply',
          ],
    );
  });
});

describe('one run reports every problem it can', () => {
  it('a file its schema refuses skips only the checks that need it', () => {
    expect(
      said((f) => {
        byId(f.grades.grades, 'special')['kind'] = 'gold';
        byId(f.plans.plans, 'annual-3000')['maxGrade'] = 'specal';
        byId(f.addons.addons, 'ivr')['includes'] = ['ringbak'];
        (f.notes.notes[1] ?? {})['id'] = 'carrier-rules';
      }),
    ).toEqual([
      'tariffs/grades.yaml grades[2].kind field/one-of：kind 只能写 ordinary、special、super 之一，这里写的是 "gold"',
      'tariffs/addons.yaml addons[9].includes[0] ref/unknown：没有附加功能 “ringbak”（是不是 “ringback”？）',
      'tariffs/notes.yaml notes[1].id ref/duplicate：编号 “carrier-rules” 重复了（与第 1 项相同）',
    ]);
  });

  it('settings, add-ons or notes refused: their checks skipped, the others run', () => {
    expect(
      said((f) => {
        f.tariff['taxRate'] = 8;
        byId(f.addons.addons, 'ivr')['includes'] = ['ringbak'];
      }),
    ).toEqual([
      "tariffs/tariff.yaml taxRate money/unquoted：金额要加引号：请写成 '8'（带引号），不带引号的数字可能被读错",
      'tariffs/addons.yaml addons[9].includes[0] ref/unknown：没有附加功能 “ringbak”（是不是 “ringback”？）',
    ]);
    expect(
      said((f) => {
        byId(f.addons.addons, 'ivr')['name'] = 5;
        f.tariff.kinds.annual['waiverExcept'] = ['trunc'];
        byId(f.grades.grades, 'ordinary-80')['default'] = true;
      }),
    ).toEqual([
      'tariffs/addons.yaml addons[9].name field/type：name 应写文字（需要时加引号），这里写的是 5',
      'tariffs/grades.yaml grades grade/default-count：必须有且只有一个号码等级写 default: true（现在有 2 个）',
    ]);
    expect(
      said((f) => {
        f.notes.contact['hotline'] = 5;
        (f.notes.notes[1] ?? {})['id'] = 'carrier-rules';
        byId(f.grades.grades, 'ordinary-80')['default'] = true;
      }),
    ).toEqual([
      'tariffs/notes.yaml contact.hotline field/type：hotline 应写文字（需要时加引号），这里写的是 5',
      'tariffs/grades.yaml grades grade/default-count：必须有且只有一个号码等级写 default: true（现在有 2 个）',
    ]);
  });

  it('a problem in a file that passed its schema still refuses the tariff', () => {
    const files = rawFiles();
    byId(files.plans.plans, 'monthly-600')['yearly'] = '601';
    expect(parseTariff(files).ok).toBe(false);
  });
});
