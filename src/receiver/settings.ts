/**
 * The receiver's settings, from environment variables, checked at start:
 * a wrong one stops it with a message naming the variable, before any
 * application can be taken and then lost. Every name starts with RECEIVER_.
 */
import { z } from 'zod';

const isLoopback = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

/** https, or http on this machine (for trying it out). */
const address = (what: string) =>
  z.string().refine((text) => {
    try {
      const url = new URL(text);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
    } catch {
      return false;
    }
  }, `${what}必须是完整的 https:// 地址`);

const whole = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/u, `应为 ${min}–${max} 的整数`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `应为 ${min}–${max} 的整数`)
    .default(fallback);

const SettingsSchema = z
  .object({
    RECEIVER_SITE_URL: address('网站地址').transform((text) => (text.endsWith('/') ? text : `${text}/`)),
    RECEIVER_SITE_DIR: z.string().min(1).optional(),
    RECEIVER_DATABASE: z.string().min(1).default('receiver-data/applications.sqlite'),
    RECEIVER_HOST: z.string().min(1).default('127.0.0.1'),
    RECEIVER_PORT: whole(1, 65535, 8787),
    RECEIVER_RETENTION_DAYS: whole(1, 3650, 180),
    RECEIVER_QUOTE_DAYS: whole(0, 365, 7),
    RECEIVER_RATE_LIMIT: whole(1, 10000, 10),
    RECEIVER_CLIENT_IP_HEADER: z
      .string()
      .regex(/^[a-z0-9-]+$/iu, '应为一个请求头的名字，如 x-forwarded-for')
      .optional(),
    RECEIVER_WECOM_WEBHOOK: address('企业微信机器人地址').optional(),
    RECEIVER_DINGTALK_WEBHOOK: address('钉钉机器人地址').optional(),
    RECEIVER_DINGTALK_SECRET: z.string().min(1).optional(),
    RECEIVER_FEISHU_WEBHOOK: address('飞书机器人地址').optional(),
    RECEIVER_FEISHU_SECRET: z.string().min(1).optional(),
    RECEIVER_SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/\S+$/u, '应写成 smtps://用户名:密码@smtp.example.cn:465')
      .optional(),
    RECEIVER_MAIL_FROM: z.email('应为一个电子邮箱').optional(),
    RECEIVER_MAIL_TO: z
      .string()
      .transform((text) => text.split(/[,，;；\s]+/u).filter((t) => t !== ''))
      .pipe(z.array(z.email('应为电子邮箱，多个用逗号分开')).min(1))
      .optional(),
  })
  .superRefine((s, ctx) => {
    const mail = [s.RECEIVER_SMTP_URL, s.RECEIVER_MAIL_FROM, s.RECEIVER_MAIL_TO].filter((v) => v !== undefined);
    if (mail.length > 0 && mail.length < 3)
      ctx.addIssue({
        code: 'custom',
        path: ['RECEIVER_SMTP_URL'],
        message: '发邮件需要同时设置 RECEIVER_SMTP_URL、RECEIVER_MAIL_FROM 和 RECEIVER_MAIL_TO',
      });
    if (s.RECEIVER_DINGTALK_SECRET !== undefined && s.RECEIVER_DINGTALK_WEBHOOK === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['RECEIVER_DINGTALK_WEBHOOK'],
        message: '设置了加签密钥，但没有机器人地址',
      });
    if (s.RECEIVER_FEISHU_SECRET !== undefined && s.RECEIVER_FEISHU_WEBHOOK === undefined)
      ctx.addIssue({ code: 'custom', path: ['RECEIVER_FEISHU_WEBHOOK'], message: '设置了签名密钥，但没有机器人地址' });
  });

export type ReceiverSettings = z.output<typeof SettingsSchema>;

type SettingsRead = { ok: true; settings: ReceiverSettings } | { ok: false; problems: string[] };

/** The settings from the environment; an empty value counts as not set. */
export function readSettings(env: Record<string, string | undefined>): SettingsRead {
  const given = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) => key.startsWith('RECEIVER_') && value !== undefined && value.trim() !== '',
    ),
  );
  const parsed = SettingsSchema.safeParse(given);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      return issue.code === 'invalid_type' && given[name] === undefined
        ? `${name}：必须设置`
        : `${name}：${issue.message}`;
    }),
  };
}

/** The channels the settings turn on, by the id each delivery row names. */
export function channelIds(s: ReceiverSettings): string[] {
  return [
    ...(s.RECEIVER_WECOM_WEBHOOK ? ['wecom'] : []),
    ...(s.RECEIVER_DINGTALK_WEBHOOK ? ['dingtalk'] : []),
    ...(s.RECEIVER_FEISHU_WEBHOOK ? ['feishu'] : []),
    ...(s.RECEIVER_SMTP_URL ? ['email'] : []),
  ];
}
