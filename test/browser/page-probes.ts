/** Measurements taken inside the page (these functions run in the browser, hence the DOM types of this folder's tsconfig). */
import type { Page } from 'playwright-core';

export interface Overflow {
  scrollWidth: number;
  viewportWidth: number;
  /** Elements sticking out of the viewport, to say what to fix when the page scrolls sideways. */
  offenders: string[];
}

export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const viewportWidth = document.documentElement.clientWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
    // Inside a box that scrolls or clips (the phone's strip of sections), sticking out is by design.
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const offenders = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > viewportWidth + 0.5 || box.left < -0.5) && !clipped(element);
      })
      .slice(0, 10)
      .map(describe);
    return { scrollWidth: document.documentElement.scrollWidth, viewportWidth, offenders };
  });
}

/** UTF-8 bytes of the inline scripts that run (JSON-LD and other data blocks are not JavaScript). */
export function measureInlineScriptBytes(page: Page): Promise<number> {
  return page.evaluate(() => {
    const runs = (script: HTMLScriptElement) => !script.src && ['', 'module', 'text/javascript', 'application/javascript'].includes(script.type);
    return [...document.scripts].filter(runs).reduce((total, script) => total + new TextEncoder().encode(script.text).length, 0);
  });
}

export interface Direction {
  htmlDir: string;
  htmlLang: string;
  direction: string;
  textAlign: string;
  /** The headline's box against its column (the `<article>` or `<main>` content box). */
  boxRight: number;
  columnRight: number;
  /** Where the first line of the headline's text ends on the right and starts on the left. */
  firstLineRight: number;
  firstLineLeft: number;
  boxLeft: number;
}

export function measureDirection(page: Page, selector: string): Promise<Direction> {
  return page.evaluate((headlineSelector) => {
    const headline = document.querySelector(headlineSelector);
    if (!headline) throw new Error(`no ${headlineSelector} on ${location.href}`);
    const style = getComputedStyle(headline);
    const box = headline.getBoundingClientRect();
    const column = headline.closest('article, main') ?? document.body;
    const columnStyle = getComputedStyle(column);
    const columnRight = column.getBoundingClientRect().right - parseFloat(columnStyle.paddingRight) - parseFloat(columnStyle.borderRightWidth);
    const range = document.createRange();
    range.selectNodeContents(headline);
    const lines = [...range.getClientRects()];
    const firstTop = Math.min(...lines.map((line) => line.top));
    const firstLine = lines.filter((line) => Math.abs(line.top - firstTop) < 2);
    return {
      htmlDir: document.documentElement.dir,
      htmlLang: document.documentElement.lang,
      direction: style.direction,
      textAlign: style.textAlign,
      boxRight: box.right - parseFloat(style.paddingRight),
      boxLeft: box.left + parseFloat(style.paddingLeft),
      columnRight,
      firstLineRight: Math.max(...firstLine.map((line) => line.right)),
      firstLineLeft: Math.min(...firstLine.map((line) => line.left)),
    };
  }, selector);
}

/** The web fonts the page has loaded (family and weight), once the browser has settled them. */
export function loadedFonts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => `${font.family.replace(/["']/g, '')} ${font.weight}`);
  });
}
