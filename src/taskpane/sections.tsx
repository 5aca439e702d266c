/**
 * The pane's tabs, in the order they show: each one entry of its id, its label and its panel. Only the first is
 * part of the first load; the others are chunks loaded on their first visit.
 */
import { lazy, type ComponentType } from "react";
import { CATALOG, type DatasetMeta } from "../data/catalog";
import { DATASET_IDS } from "../data/index";
import type { UiKey } from "../i18n/ui";
import { DataPanel } from "./data/DataPanel";

export interface Section {
  id: string;
  label: UiKey;
  Panel: ComponentType;
}

const DATASETS: readonly DatasetMeta[] = DATASET_IDS.map((id) => CATALOG[id] as DatasetMeta);

function Datasets() {
  return <DataPanel datasets={DATASETS} />;
}

export const SECTIONS: readonly Section[] = [
  { id: "data", label: "tab.data", Panel: Datasets },
  {
    id: "figures",
    label: "tab.figures",
    Panel: lazy(() => import(/* webpackChunkName: "pane-figures" */ "./figures/FiguresPanel")),
  },
  {
    id: "functions",
    label: "tab.functions",
    Panel: lazy(() => import(/* webpackChunkName: "pane-functions" */ "./functions/FunctionsPanel")),
  },
  {
    id: "model",
    label: "tab.model",
    Panel: lazy(() => import(/* webpackChunkName: "pane-model" */ "./model/ModelPanel")),
  },
  {
    id: "workbook",
    label: "tab.workbook",
    Panel: lazy(() => import(/* webpackChunkName: "pane-workbook" */ "./workbook/WorkbookPanel")),
  },
];
