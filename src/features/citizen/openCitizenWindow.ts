// Where the citizen's window goes (issue 6, item 1): on the second screen when the browser has the Window
// Management API and the mediator allowed it (https://w3c.github.io/window-management/), else as a
// window the mediator moves there, or the citizen's screen put in full screen.
import { paths } from '../../app/routes.ts';

/**
 * One citizen's window per mediator's tab: opening it again brings the same window back to the front. The
 * name carries the pairing, because a window name is found from any tab: a second tab must open its own
 * window, not take over the first tab's.
 */
export function citizenWindowName(pair: string): string {
  return `balcao-cidadao-${pair}`;
}

interface ScreenArea {
  availLeft: number;
  availTop: number;
  availWidth: number;
  availHeight: number;
}
interface ScreenDetails {
  screens: ScreenArea[];
  currentScreen: ScreenArea;
}
type WithScreenDetails = Window & { getScreenDetails?: () => Promise<ScreenDetails> };

const PLAIN_WINDOW = 'popup,width=1024,height=768';

/** Whether the laptop has a second screen the window could be put on (Chrome says so without asking). */
export function hasSecondScreen(): boolean {
  return (screen as Screen & { isExtended?: boolean }).isExtended === true;
}

/**
 * Opens (or brings back) the citizen's window. It asks for no permission: a prompt here would outlast the
 * click that may open a window. With the permission already given, the window opens on the other screen.
 */
export async function openCitizenWindow(pair: string): Promise<Window | null> {
  const area = (await grantedScreens()) ? await otherScreen() : null;
  const features = area ? featuresFor(area) : PLAIN_WINDOW;
  const opened = window.open(paths.citizen(pair), citizenWindowName(pair), features);
  opened?.focus();
  return opened;
}

/** Asks for the screens (a prompt, the first time) and moves the citizen's window onto the other one. */
export async function moveToSecondScreen(opened: Window): Promise<boolean> {
  const area = await otherScreen();
  if (!area || opened.closed) return false;
  opened.moveTo(area.availLeft, area.availTop);
  opened.resizeTo(area.availWidth, area.availHeight);
  return true;
}

async function grantedScreens(): Promise<boolean> {
  if (!('getScreenDetails' in window)) return false;
  try {
    const status = await navigator.permissions.query({ name: 'window-management' as PermissionName });
    return status.state === 'granted';
  } catch {
    return false;
  }
}

async function otherScreen(): Promise<ScreenArea | null> {
  const details = await (window as WithScreenDetails).getScreenDetails?.().catch(() => undefined);
  if (!details) return null;
  return details.screens.find((area) => area !== details.currentScreen) ?? null;
}

function featuresFor(area: ScreenArea): string {
  return `popup,left=${area.availLeft},top=${area.availTop},width=${area.availWidth},height=${area.availHeight}`;
}
