// Where the person is in the wizard. A small in-memory history instead of a router: the app has a handful of
// screens, no URLs to share, and Back must return exactly where the person came from.

export type Route =
  | "start"
  | "link"
  | "signIn"
  | "directories"
  | "directory"
  | "everywhere"
  | "grant"
  | "grantApp"
  | "grantAccess"
  | "learn";

const history = $state<{ stack: Route[]; moves: number }>({ stack: ["start"], moves: 0 });

/** The screen being shown. */
export function currentRoute(): Route {
  return history.stack[history.stack.length - 1] ?? "start";
}

/** True when Back has somewhere to go. */
export function canGoBack(): boolean {
  return history.stack.length > 1;
}

/**
 * True when `route` is on the way back from here: shared screens (sign-in) use it to tell which path the person
 * is on, the partner's or the customer admin's.
 */
export function cameThrough(route: Route): boolean {
  return history.stack.slice(0, -1).includes(route);
}

/** Opens a screen; Back will return to the current one. */
export function goTo(route: Route): void {
  if (currentRoute() === route) return;
  history.stack.push(route);
  history.moves += 1;
}

/** Returns to the previous screen, or stays on the first one. */
export function goBack(): void {
  if (history.stack.length <= 1) return;
  history.stack.pop();
  history.moves += 1;
}

/**
 * True once the person has moved between screens. A new screen then takes the keyboard focus on its heading,
 * so keyboard and screen-reader users start reading at the top; on the very first screen focus stays put.
 */
export function hasNavigated(): boolean {
  return history.moves > 0;
}

/** The screens from the first to the current one, for saving the wizard. */
export function navigationStack(): Route[] {
  return [...history.stack];
}

/** Puts back screens saved by an earlier run; the current one takes the focus as after any move. */
export function restoreNavigation(stack: Route[]): void {
  history.stack = stack.length > 0 && stack[0] === "start" ? [...stack] : ["start"];
  history.moves += 1;
}

/** Starts the wizard over; tests use it to isolate one another. */
export function resetNavigation(): void {
  history.stack = ["start"];
  history.moves = 0;
}
