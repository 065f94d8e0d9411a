/**
 * Sending an application to the form service marketing set
 * (contact.applyEndpoint): one JSON POST, only when the visitor presses
 * 提交申请, with a time limit so a slow service never leaves the page waiting.
 *
 * The service's contract: it answers a 2xx status with a JSON object whose
 * `reference` is the application's reference code, without redirecting.
 * Anything else (a redirect, an HTML login page, another reference) is "not
 * sent": the visitor is told so and offered the hotline, never a false 已提交.
 * A refusal in JSON ({"message", "refusals": {field: message}}, as the 办理
 * receiver answers) is shown as it says, each message beside its field.
 */
/** Field → message, as the 办理 receiver names them ("applicant.mobile", "quote.total"). */
export type Refusals = Record<string, string>;

type SendResult = { ok: true } | { ok: false; message: string; refusals?: Refusals };

const SEND_TIMEOUT_MS = 20_000;

const isJson = (response: Response) =>
  /^application\/(?:[\w.+-]+\+)?json\b/iu.test(response.headers.get('content-type') ?? '');

/** The receiver's own words for a refusal, kept short; undefined when the answer has none. */
async function refusalOf(response: Response): Promise<{ message: string; refusals: Refusals } | undefined> {
  if (!isJson(response)) return undefined;
  try {
    const answer = (await response.json()) as { message?: unknown; refusals?: unknown };
    if (typeof answer.message !== 'string') return undefined;
    const refusals: Refusals = {};
    if (typeof answer.refusals === 'object' && answer.refusals !== null)
      for (const [field, message] of Object.entries(answer.refusals).slice(0, 20))
        if (typeof message === 'string') refusals[field.slice(0, 40)] = message.slice(0, 200);
    return { message: answer.message.slice(0, 200), refusals };
  } catch {
    return undefined;
  }
}

/** A 2xx answer that names this application's reference. */
async function confirms(response: Response, reference: string): Promise<boolean> {
  if (!isJson(response)) return false;
  try {
    const answer: unknown = await response.json();
    return typeof answer === 'object' && answer !== null && (answer as { reference?: unknown }).reference === reference;
  } catch {
    return false;
  }
}

export async function sendApplication(
  endpoint: string,
  json: string,
  reference: string,
  timeoutMs = SEND_TIMEOUT_MS,
): Promise<SendResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: json,
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      // A redirect could carry the application to another address: it is refused, not followed.
      redirect: 'error',
    });
    if (!response.ok) {
      const refusal = await refusalOf(response);
      return refusal !== undefined
        ? { ok: false, ...refusal }
        : { ok: false, message: `提交没有成功（服务器返回 ${response.status}）` };
    }
    if (!(await confirms(response, reference)))
      return { ok: false, message: '提交没有成功（受理服务没有确认收到这份申请）' };
    return { ok: true };
  } catch {
    return {
      ok: false,
      message: controller.signal.aborted
        ? `提交超时（${Math.round(timeoutMs / 1000)} 秒内没有回应）`
        : '提交没有成功（无法连接到受理服务，或它把申请转到了别的地址）',
    };
  } finally {
    clearTimeout(timer);
  }
}
