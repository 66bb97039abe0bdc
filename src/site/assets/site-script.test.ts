import fs from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const SCRIPT = fs.readFileSync(new URL('./site.js', import.meta.url), 'utf8');
const NOW = Date.parse('2026-11-28T15:00:00Z');

interface FakeElement {
  attributes: Record<string, string>;
  textContent: string;
  title: string;
  hidden: boolean;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: () => void): void;
  listeners: Record<string, () => void>;
}

function element(attributes: Record<string, string>, textContent = ''): FakeElement {
  return {
    attributes,
    textContent,
    title: '',
    hidden: true,
    listeners: {},
    getAttribute: (name) => attributes[name] ?? null,
    setAttribute: (name, value) => void (attributes[name] = value),
    addEventListener(type, listener) {
      this.listeners[type] = listener;
    },
  };
}

/** Runs the page script against a fake page at NOW, with the reader's clock in UTC. */
function runScript(times: FakeElement[], article: FakeElement | null, visibilityState = 'visible') {
  const beacons: [string, string][] = [];
  const copy = element({ 'data-copy-link': 'https://sahifa.test/articles/1/x', 'data-copied': 'نُسخ الرابط' }, 'نسخ الرابط');
  const print = element({ 'data-print': '' }, 'طباعة');
  const FixedDate = class extends Date {
    static override now() {
      return NOW;
    }
  };
  const document = {
    visibilityState,
    querySelectorAll: () => times,
    querySelector: (selector: string) => (selector.includes('data-article-id') ? article : selector.includes('copy') ? copy : print),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  const navigator = { sendBeacon: (url: string, body: string) => beacons.push([url, body]), clipboard: { writeText: () => Promise.resolve() } };
  vm.runInNewContext(SCRIPT, { window: { Intl, print: () => undefined }, Intl, Date: FixedDate, document, navigator, setInterval: () => 0 });
  return { beacons, copy, print };
}

describe('the site script', () => {
  it.each([
    ['2026-11-28T14:59:40Z', 'الآن'],
    ['2026-11-28T14:55:00Z', 'منذ 5 دقائق'],
    ['2026-11-28T14:00:00Z', 'منذ ساعة'],
    ['2026-11-28T13:00:00Z', 'منذ ساعتين'],
    ['2026-11-28T04:00:00Z', 'منذ 11 ساعة'],
    ['2026-11-27T09:00:00Z', 'أمس'],
    ['2026-11-26T20:00:00Z', null],
    ['2023-02-28T00:00:00Z', null],
  ])('shows a date published at %s as %s', (datetime, expected) => {
    const absolute = 'الثلاثاء 28 فبراير 2023';
    const time = element({ datetime }, absolute);
    runScript([time], null);
    expect(time.textContent).toBe(expected ?? absolute);
    expect(time.title).toBe(expected ? absolute : '');
  });

  it('sends one view beacon for the article, as plain text JSON to the given path', () => {
    const { beacons } = runScript([], element({ 'data-article-id': '42', 'data-beacon': '/api/v1/views' }));
    expect(beacons).toEqual([['/api/v1/views', '{"articleId":42}']]);
    expect(runScript([], null).beacons).toEqual([]);
    expect(runScript([], element({ 'data-article-id': '42', 'data-beacon': '/api/v1/views' }), 'hidden').beacons).toEqual([]);
  });

  it('reveals the copy-link and print buttons, which need the script', async () => {
    const { copy, print } = runScript([], null);
    expect([copy.hidden, print.hidden]).toEqual([false, false]);
    copy.listeners.click?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(copy.textContent).toBe('نُسخ الرابط');
  });
});
