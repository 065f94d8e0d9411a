/**
 * Sending an application to the form service marketing set
 * (contact.applyEndpoint): one JSON POST, only when the visitor presses
 * 提交申请, with a time limit so a slow service never leaves the page waiting.
 *
 * The service's contract: it answers a 2xx status with a JSON object whose
 * `reference` is the application's reference code, without redirecting.
 * Anything else (a redirect, an HTML login page, another reference) is "not
 * sent": the visitor is told so and offered the hotline, never a false 已提交.
 */
type SendResult = { ok: true } | { ok: false; message: string };

const SEND_TIMEOUT_MS = 20_000;

/** A 2xx answer that names this application's reference. */
async function confirms(response: Response, reference: string): Promise<boolean> {
  if (!/^application\/(?:[\w.+-]+\+)?json\b/iu.test(response.headers.get('content-type') ?? '')) return false;
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
    if (!response.ok) return { ok: false, message: `提交没有成功（服务器返回 ${response.status}）` };
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
