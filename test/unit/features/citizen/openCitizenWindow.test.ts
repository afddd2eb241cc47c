import { afterEach, describe, expect, it, vi } from 'vitest';
import { citizenWindowName, openCitizenWindow } from '../../../../src/features/citizen/openCitizenWindow.ts';

const LAPTOP = { availLeft: 0, availTop: 0, availWidth: 1366, availHeight: 740 };
const MONITOR = { availLeft: 1366, availTop: 0, availWidth: 1920, availHeight: 1050 };
const PAIR = 'p'.repeat(22);

function withScreens(permission: PermissionState) {
  vi.spyOn(navigator.permissions, 'query').mockResolvedValue({ state: permission } as PermissionStatus);
  Object.assign(window, {
    getScreenDetails: vi.fn(async () => ({ screens: [LAPTOP, MONITOR], currentScreen: LAPTOP })),
  });
  return vi.spyOn(window, 'open').mockReturnValue(null);
}

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(window, 'getScreenDetails');
});

describe("opening the citizen's window", () => {
  it("names it after the tab's pairing, so that two mediator tabs never share one", () => {
    expect(citizenWindowName(PAIR)).not.toBe(citizenWindowName('q'.repeat(22)));
  });

  it('puts it on the other screen, filling it, once the mediator allowed window placement', async () => {
    const open = withScreens('granted');
    await openCitizenWindow(PAIR);
    expect(open).toHaveBeenCalledWith(
      `/cidadao#${PAIR}`,
      citizenWindowName(PAIR),
      'popup,left=1366,top=0,width=1920,height=1050',
    );
  });

  it('opens a plain window without asking, when placement is not allowed yet or the browser has no such API', async () => {
    const open = withScreens('prompt');
    await openCitizenWindow(PAIR);
    expect(open).toHaveBeenLastCalledWith(`/cidadao#${PAIR}`, citizenWindowName(PAIR), 'popup,width=1024,height=768');
    expect((window as unknown as { getScreenDetails: () => unknown }).getScreenDetails).not.toHaveBeenCalled();
    Reflect.deleteProperty(window, 'getScreenDetails');
    await openCitizenWindow(PAIR);
    expect(open).toHaveBeenLastCalledWith(`/cidadao#${PAIR}`, citizenWindowName(PAIR), 'popup,width=1024,height=768');
  });
});
