/** A yes/no choice of the analyst's kept for the session (sessionStorage), so it survives the pane's reloads. */
import { useState } from "react";

function stored(key: string): boolean {
  try {
    return globalThis.sessionStorage?.getItem(key) === "1";
  } catch {
    return false;
  }
}

function store(key: string, value: boolean): void {
  try {
    globalThis.sessionStorage?.setItem(key, value ? "1" : "0");
  } catch {
    // Storage refused (private mode, a locked-down host): the choice lasts as long as the pane.
  }
}

export function useSessionFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => stored(key));
  return [
    value,
    (next) => {
      store(key, next);
      setValue(next);
    },
  ];
}
