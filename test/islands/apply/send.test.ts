import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendApplication } from '../../../src/islands/apply/send';
import { startEndpoint } from '../../helpers/endpoint-server';

describe('sending an application to the form service', () => {
  let endpoint: Awaited<ReturnType<typeof startEndpoint>>;
  beforeAll(async () => {
    endpoint = await startEndpoint();
  });
  afterAll(async () => endpoint.close());
  const mode = (m: string) => fetch(`${endpoint.url}/mode`, { method: 'POST', body: m });

  it('posts the JSON as it is, once', async () => {
    await mode('ok');
    expect(await sendApplication(`${endpoint.url}/apply`, '{"reference":"SQ-0000-0000"}')).toEqual({ ok: true });
    expect(await (await fetch(`${endpoint.url}/received`)).json()).toEqual(['{"reference":"SQ-0000-0000"}']);
  });

  it('a failing service: its status, for the retry message', async () => {
    await mode('fail');
    expect(await sendApplication(`${endpoint.url}/apply`, '{}')).toEqual({
      ok: false,
      message: '提交没有成功（服务器返回 500）',
    });
  });

  it('a service slower than the time limit: a timeout, not a page left waiting', async () => {
    await mode('slow');
    expect(await sendApplication(`${endpoint.url}/apply`, '{}', 1000)).toEqual({
      ok: false,
      message: '提交超时（1 秒内没有回应）',
    });
  });

  it('no service at the address: says it could not connect', async () => {
    expect(await sendApplication('http://127.0.0.1:9/apply', '{}')).toEqual({
      ok: false,
      message: '提交没有成功（无法连接到受理服务，请检查网络）',
    });
  });
});
