/** @jest-environment jsdom */
/** The report model section: builds on request, shows progress while it builds, then the outcome or the failure. */
import { act, configure, screen } from "@testing-library/react";
import type { ReportModelOptions, ReportModelResult } from "../../src/excel/build-report-model";
import { deferred, fakeServices, findButton, renderPane, user as userEvent } from "./support";

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

const built: ReportModelResult = {
  status: "built",
  inputSheet: "AMC模型-输入",
  metricsSheet: "AMC模型-指标",
  inputTable: "AMC_ModelInputs",
  amcFormulas: 17,
};

describe("the report model section", () => {
  it("shows each step while the model builds, then where it was built", async () => {
    const done = deferred<ReportModelResult>();
    let options: ReportModelOptions | undefined;
    const buildReportModel = jest.fn((given: ReportModelOptions) => {
      options = given;
      return done.promise;
    });
    renderPane({ locale: "zh-CN", services: fakeServices({ buildReportModel }) });
    await userEvent.click(screen.getByRole("tab", { name: "模型" }));
    await userEvent.click(await findButton("生成模型"));
    expect(options?.locale).toBe("zh-CN");
    screen.getByRole("progressbar");
    screen.getByText("正在检查已使用的工作表名和表名…");
    act(() => options!.onProgress!({ step: "writing", completed: 1, total: 3 }));
    screen.getByText("正在写入输入表和指标表…");
    expect((await findButton("生成模型")).disabled).toBe(true);
    await act(async () => done.resolve(built));
    await screen.findByText(
      "已生成“AMC模型-输入”和“AMC模型-指标”，共 17 个 AMC 公式。请用您的样本企业替换灰色示例行。",
    );
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows a failure in a MessageBar with what to do", async () => {
    const failure = Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" });
    renderPane({ services: fakeServices({ buildReportModel: jest.fn().mockRejectedValue(failure) }) });
    await userEvent.click(screen.getByRole("tab", { name: "Model" }));
    await userEvent.click(await findButton("Build the model"));
    expect((await screen.findByRole("alert")).textContent).toContain("Excel is editing a cell");
  });
});
