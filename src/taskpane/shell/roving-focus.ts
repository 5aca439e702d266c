/**
 * A group that is one tab stop, its items reached with the arrow keys (WAI-ARIA's roving tabindex): the arrows of
 * its axis move focus to the previous or next item, Home and End to the first and last. The tab stop is the item
 * focused last while it is in the group (a list), or, for a group that forgets (a tab list), only until focus
 * leaves it; else the preferred item (the selected tab), else the first. The pane's first view (its tabs, the dataset
 * list) uses it instead of Fluent's arrow navigation, which loads Tabster (about 50 KB) before the pane can render.
 */
import { useState, type FocusEvent, type KeyboardEvent } from "react";

export type RovingAxis = "horizontal" | "vertical";

export interface RovingOptions {
  axis: RovingAxis;
  /** Whether the arrows wrap from the last item to the first and back. */
  circular?: boolean;
  /** Whether the tab stop goes back to the preferred item when focus leaves the group (a tab list's selected tab). */
  forgetOnLeave?: boolean;
}

const ITEM_ATTRIBUTE = "data-roving-item";

const STEPS: Record<RovingAxis, Record<string, -1 | 1>> = {
  horizontal: { ArrowLeft: -1, ArrowRight: 1 },
  vertical: { ArrowUp: -1, ArrowDown: 1 },
};

/** The index focus moves to for `key` from `from` among `count` items, or null when the key is not the group's. */
export function rovingTarget(key: string, from: number, count: number, options: RovingOptions): number | null {
  if (count === 0) return null;
  if (key === "Home") return 0;
  if (key === "End") return count - 1;
  const step = STEPS[options.axis][key];
  if (step === undefined) return null;
  const next = from + step;
  if (options.circular) return (next + count) % count;
  return Math.min(Math.max(next, 0), count - 1);
}

export interface RovingFocus<Id> {
  /** Props of the element that holds the items. */
  group: { onKeyDown: (event: KeyboardEvent<HTMLElement>) => void; onBlur: (event: FocusEvent<HTMLElement>) => void };
  /** Props of the item `id`: its tabIndex, and what marks it as the group's. */
  item: (id: Id) => { tabIndex: 0 | -1; [ITEM_ATTRIBUTE]: ""; onFocus: () => void };
}

/** Roving focus over the items `ids`, in their order on screen; `preferred` holds the tab stop until one is focused. */
export function useRovingFocus<Id>(ids: readonly Id[], options: RovingOptions, preferred?: Id): RovingFocus<Id> {
  const [focused, setFocused] = useState<Id | undefined>(undefined);
  const stop = focused !== undefined && ids.includes(focused) ? focused : (preferred ?? ids[0]);
  return {
    group: {
      onKeyDown(event) {
        if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        const items = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(`[${ITEM_ATTRIBUTE}]`));
        const from = items.findIndex((item) => item === event.target);
        if (from < 0) return;
        const to = rovingTarget(event.key, from, items.length, options);
        if (to === null) return;
        event.preventDefault();
        items[to].focus();
      },
      onBlur(event) {
        const leaving = !event.currentTarget.contains(event.relatedTarget as Node | null);
        if (options.forgetOnLeave && leaving) setFocused(undefined);
      },
    },
    item: (id) => ({ tabIndex: id === stop ? 0 : -1, [ITEM_ATTRIBUTE]: "", onFocus: () => setFocused(id) }),
  };
}
