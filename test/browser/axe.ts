/** Runs axe-core inside a page and keeps the violations a reader would be blocked by (serious and critical). */
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The rules whose outcome depends on colours or on the viewport, rerun when only those change. */
export const VISUAL_RULES = ['color-contrast', 'link-in-text-block', 'target-size', 'scrollable-region-focusable', 'meta-viewport'];

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

function toFinding(violation: Result): AxeFinding {
  return {
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.replace(/\s+/g, ' ')}` : ''}`),
  };
}

export async function injectAxe(page: Page): Promise<void> {
  await page.addScriptTag({ path: AXE_SCRIPT });
}

/** The violations of axe's default rules (WCAG 2.x A and AA, best practices), or of `only` these rules, on the page as it is now. */
export async function runAxe(page: Page, only?: string[]): Promise<AxeFinding[]> {
  const results: AxeResults = await page.evaluate(
    (rules) => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'], ...(rules ? { runOnly: rules } : {}) }),
    only,
  );
  return results.violations.map(toFinding);
}

export const isBlocking = (finding: AxeFinding) => finding.impact === 'serious' || finding.impact === 'critical';
