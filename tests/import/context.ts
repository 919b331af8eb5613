/** A fresh import context for unit tests of the stages. */
import { DecisionLog } from '../../src/import/decision.js';
import { EntityRegistry } from '../../src/import/entity-registry.js';
import type { ImportContext } from '../../src/import/import-context.js';

export function testContext(): ImportContext {
  return {
    file: 'test.txt',
    log: new DecisionLog(),
    agents: { importer: '#importer', translator: '#translator', author: '#author', editor: '#editor' },
    registry: new EntityRegistry(),
    unrecognised: [],
    used: new Set(),
    chains: new Map(),
    counters: { spaced: 0 },
  };
}
