/**
 * The script served in place of Microsoft's office.js on the runtime page: a mock `Office` and a
 * `CustomFunctions` that records every associate() call with its time since navigation (performance.now()).
 */
export interface Association {
  id: string;
  kind: string;
  at: number;
}

export const OFFICE_JS_URL = /^https:\/\/appsforoffice\.microsoft\.com\//;

export const OFFICE_STUB = `
(function () {
  var associations = [];
  window.__amcAssociations = associations;
  function CustomFunctionError(code, message) {
    var error = new Error(message);
    error.name = "CustomFunctions.Error";
    error.code = code;
    Object.setPrototypeOf(error, CustomFunctionError.prototype);
    return error;
  }
  CustomFunctionError.prototype = Object.create(Error.prototype);
  function record(id, fn) {
    associations.push({ id: id, kind: typeof fn, at: performance.now() });
  }
  window.CustomFunctions = {
    associate: function (id, fn) {
      if (typeof id === "string") record(id, fn);
      else Object.keys(id).forEach(function (key) { record(key, id[key]); });
    },
    Error: CustomFunctionError,
    ErrorCode: {
      invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!",
      nullReference: "#NULL!", invalidName: "#NAME?", invalidReference: "#REF!"
    }
  };
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: function (callback) { if (callback) callback(info); return Promise.resolve(info); },
    context: {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: "en-US",
      contentLanguage: "en-US",
      officeTheme: {
        bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626",
        controlBackgroundColor: "#F3F2F1", controlForegroundColor: "#262626"
      },
      requirements: { isSetSupported: function () { return true; } }
    },
    actions: { associate: function () {} },
    addin: {
      showAsTaskpane: function () { return Promise.resolve(); },
      hide: function () { return Promise.resolve(); },
      onVisibilityModeChanged: function () { return Promise.resolve(function () { return Promise.resolve(); }); }
    }
  };
})();
`;
