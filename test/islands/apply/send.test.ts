import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendApplication } from '../../../src/islands/apply/send';
import { startEndpoint } from '../../helpers/endpoint-server';

const APPLICATION = '{"reference":"SQ-0000-0000"}';
const REFERENCE = 'SQ-0000-0000';

describe('sending an application to the form service', () => {
  let endpoint: Awaited<ReturnType<typeof startEndpoint>>;
  beforeAll(async () => {
    endpoint = await startEndpoint();
  });
  afterAll(async () => endpoint.close());
  const mode = (m: string) => fetch(`${endpoint.url}/mode`, { method: 'POST', body: m });
  const received = async () => (await (await fetch(`${endpoint.url}/received`)).json()) as string[];

  it('posts the JSON as it is, once; sent when the service names its reference', async () => {
    await mode('ok');
    expect(await sendApplication(`${endpoint.url}/applications`, APPLICATION, REFERENCE)).toEqual({ ok: true });
    expect(await received()).toEqual([APPLICATION]);
  });

  it('a failing service: its status, for the retry message', async () => {
    await mode('fail');
    expect(await sendApplication(`${endpoint.url}/applications`, APPLICATION, REFERENCE)).toEqual({
      ok: false,
      message: '提交没有成功（服务器返回 500）',
    });
  });

  it('a redirect is refused, not followed: nothing reaches the other address', async () => {
    await mode('redirect');
    expect(await sendApplication(`${endpoint.url}/applications`, APPLICATION, REFERENCE)).toEqual({
      ok: false,
      message: '提交没有成功（无法连接到受理服务，或它把申请转到了别的地址）',
    });
    expect(await received()).toEqual([]);
  });

  it.each(['html', 'other-reference'])('a 200 that does not confirm this application (%s) is not sent', async (m) => {
    await mode(m);
    expect(await sendApplication(`${endpoint.url}/applications`, APPLICATION, REFERENCE)).toEqual({
      ok: false,
      message: '提交没有成功（受理服务没有确认收到这份申请）',
    });
  });

  it('a service slower than the time limit: a timeout, not a page left waiting', async () => {
    await mode('slow');
    expect(await sendApplication(`${endpoint.url}/applications`, APPLICATION, REFERENCE, 1000)).toEqual({
      ok: false,
      message: '提交超时（1 秒内没有回应）',
    });
  });

  it('no service at the address: says it could not connect', async () => {
    expect(await sendApplication('http://127.0.0.1:9/apply', APPLICATION, REFERENCE)).toEqual({
      ok: false,
      message: '提交没有成功（无法连接到受理服务，或它把申请转到了别的地址）',
    });
  });
});
