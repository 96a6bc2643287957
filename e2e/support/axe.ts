import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Fails with a readable list when axe finds any WCAG 2 A or AA violation on the page as it is
 * now. Called on every page a journey visits.
 */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map(
    (violation) =>
      `- ${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map(
          (node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').join(' ')}`,
        )
        .join('\n'),
  );
  throw new Error(
    `axe found ${results.violations.length} violation(s) on ${what}:\n${lines.join('\n')}`,
  );
}
