import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.ts';
import { ICON_PATH } from './assets.routes.ts';

describe('site assets', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('serves the icon under its content-hashed URL, cached for good, and names it in every page', async () => {
    const icon = await testApp.app.inject({ url: ICON_PATH });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');
    expect(icon.headers['cache-control']).toContain('immutable');
    expect(icon.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');

    const home = await testApp.app.inject({ url: '/' });
    expect(home.body).toContain(`<link rel="icon" href="${ICON_PATH}" type="image/png"/>`);
    const missing = await testApp.app.inject({ url: '/no-such-page' });
    expect(missing.body).toContain(`<link rel="apple-touch-icon" href="${ICON_PATH}"/>`);
  });

  it('answers /favicon.ico with the same icon, for browsers and crawlers that ask there', async () => {
    const favicon = await testApp.app.inject({ url: '/favicon.ico' });
    expect(favicon.statusCode).toBe(200);
    expect(favicon.headers['content-type']).toBe('image/png');
    expect(favicon.rawPayload.equals((await testApp.app.inject({ url: ICON_PATH })).rawPayload)).toBe(true);
  });
});
