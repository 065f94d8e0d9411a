/**
 * Sending an application to the form service marketing set
 * (contact.applyEndpoint): one JSON POST, only when the visitor presses
 * 提交申请, with a time limit so a slow service never leaves the page waiting.
 */
export type SendResult = { ok: true } | { ok: false; message: string };

export const SEND_TIMEOUT_MS = 20_000;

export async function sendApplication(
  endpoint: string,
  json: string,
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
    });
    if (response.ok) return { ok: true };
    return { ok: false, message: `提交没有成功（服务器返回 ${response.status}）` };
  } catch {
    return {
      ok: false,
      message: controller.signal.aborted
        ? `提交超时（${Math.round(timeoutMs / 1000)} 秒内没有回应）`
        : '提交没有成功（无法连接到受理服务，请检查网络）',
    };
  } finally {
    clearTimeout(timer);
  }
}
