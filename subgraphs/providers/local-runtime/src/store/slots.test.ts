import { migrate } from '@pave/subgraph-kit';
import { describeEachStore } from '@pave/subgraph-kit/testing';
import { beforeAll, expect, it } from 'vitest';
import { allSlots, deleteSlot, localRuntimeMigrations, saveSlot, slotPort } from './slots.ts';

describeEachStore('local runtime slots', (getStore) => {
  beforeAll(() => migrate(getStore(), 'local-runtime', localRuntimeMigrations));

  it('keep each environment’s port until it is torn down', async () => {
    const store = getStore();
    expect(await slotPort(store, 'component:default/a/dev')).toBeUndefined();
    await saveSlot(store, 'component:default/a/dev', 41001);
    await saveSlot(store, 'component:default/a/qa', 41002);
    await saveSlot(store, 'component:default/a/dev', 41003);
    expect(await slotPort(store, 'component:default/a/dev')).toBe(41003);
    expect(await allSlots(store)).toEqual([
      { environment_id: 'component:default/a/dev', port: 41003 },
      { environment_id: 'component:default/a/qa', port: 41002 },
    ]);
    await deleteSlot(store, 'component:default/a/dev');
    expect((await allSlots(store)).map((s) => s.environment_id)).toEqual(['component:default/a/qa']);
  });
});
