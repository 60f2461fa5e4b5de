/**
 * A Vitest reporter that ends a local run which skipped the rendering checks with one line naming
 * the missing programs and how to install them; otherwise a newcomer only sees "21 skipped".
 */
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';
import { findOfficeTools, isRenderingCheck, officeSkipNotice, skipsRenderingChecks } from './officeTools';

/** The names of the suites around a test, innermost first. */
function suiteNames(test: TestCase): string[] {
  const names: string[] = [];
  for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) names.push(parent.name);
  return names;
}

export default class OfficeReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const { missing } = findOfficeTools();
    if (!skipsRenderingChecks(missing, Boolean(process.env.CI))) return;
    const skipped = testModules.flatMap((module) => [...module.children.allTests('skipped')]).filter((test) => isRenderingCheck(suiteNames(test)));
    const notice = officeSkipNotice(missing, skipped.length);
    if (notice) this.vitest?.logger.log(notice);
  }
}
