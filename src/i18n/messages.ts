/** Error messages of the custom functions, in both languages: each tells the analyst what to fix. */
import type { Locale } from "./locale";

type Params = Readonly<Record<string, string | number>>;
type Template = (p: Params) => string;

const MESSAGES: Record<string, Record<Locale, Template>> = {
  divisionByZero: {
    "en-US": () => "The denominator sums to 0.",
    "zh-CN": () => "分母合计为 0。",
  },
  unexpected: {
    "en-US": (p) => `Unexpected error: ${p.detail}. Check the arguments.`,
    "zh-CN": (p) => `意外错误：${p.detail}。请检查参数。`,
  },
};

export function hasMessage(key: string): boolean {
  return key in MESSAGES;
}

export function formatMessage(key: string, locale: Locale, params: Params = {}): string {
  const template = MESSAGES[key] ?? MESSAGES.unexpected;
  return template[locale](key in MESSAGES ? params : { detail: key });
}
