/**
 * The builder following the analyst's selection, as Excel's function dialog does: while a range field (or the
 * result cell's) is the one last focused, each selection in the sheet fills it; clicking in the sheet takes the focus
 * from the pane, so the field stays the one that follows until another control of the builder takes the focus.
 * "Use selection" fills a field from the selection there is. A selection on a sheet the builder has not seen (added
 * since) first reads the sheets again.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from "react";
import { parseAddress, type CellRect } from "../../excel-rules/a1";
import { sameName } from "../../excel-rules/names";
import type { SheetIdentity } from "../../excel/formula-target";
import type { SelectionChange } from "../../excel/selection";
import type { PaneServices } from "../shell/services";
import type { BuilderAction, FieldKey } from "./builder-state";

interface Options {
  services: PaneServices;
  sheets: readonly SheetIdentity[];
  dispatch: Dispatch<BuilderAction>;
  /** Called on every selection change, followed or not: the cells the preview reads may have been edited. */
  onSelectionChange: () => void;
}

export function useSelectionFill({ services, sheets, dispatch, onSelectionChange }: Options) {
  const [following, setFollowing] = useState<FieldKey | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const state = useRef({ following, sheets, onSelectionChange });
  state.current = { following, sheets, onSelectionChange };

  const fill = useCallback(
    async (key: FieldKey, find: (known: readonly SheetIdentity[]) => SheetIdentity | undefined, rect: CellRect) => {
      let sheet = find(state.current.sheets);
      if (!sheet) {
        const { sheets: fresh } = await services.readFormulaInputs([]);
        dispatch({ type: "sheets", sheets: fresh });
        sheet = find(fresh);
      }
      if (sheet) dispatch({ type: "selected", key, sheet, rect });
    },
    [services, dispatch],
  );

  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    const onChange = ({ worksheetId, address }: SelectionChange) => {
      const key = state.current.following;
      const rect = parseAddress(address)?.rect;
      if (key === null) state.current.onSelectionChange();
      else if (rect) void fill(key, (known) => known.find((sheet) => sheet.id === worksheetId), rect);
      // Several areas (Ctrl+click): shown as selected, for the field to say it takes one range.
      else if (key !== "target") dispatch({ type: "field", index: key, text: address });
    };
    services.followSelection(onChange).then(
      (unfollow) => (live ? (stop = unfollow) : unfollow()),
      () => live && setUnavailable(true),
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [services, fill, dispatch]);

  /** Fills a field from the selection as it is now ("Use selection"). */
  const takeSelection = useCallback(
    async (key: FieldKey) => {
      const parsed = parseAddress(await services.selectedAddress());
      if (!parsed?.sheetName) return;
      const name = parsed.sheetName;
      await fill(key, (known) => known.find((sheet) => sameName(sheet.name, name)), parsed.rect);
    },
    [services, fill],
  );

  return { following, setFollowing, unavailable, takeSelection };
}
