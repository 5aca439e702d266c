/**
 * Province names as analysts type them: `浙江`, `浙江省`, `广西` for 广西壮族自治区, `内蒙古`, or the English/pinyin
 * name (`Zhejiang`, `Inner Mongolia`), all reduced to one key.
 */
import { nameKey } from "./text";

/** Suffixes of the official names, longest first so that 广西壮族自治区 loses all of 壮族自治区. */
export const PROVINCE_SUFFIXES = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"];

const ENGLISH_NAMES: Record<string, string> = {
  anhui: "安徽", beijing: "北京", chongqing: "重庆", fujian: "福建", gansu: "甘肃", guangdong: "广东",
  guangxi: "广西", guizhou: "贵州", hainan: "海南", hebei: "河北", heilongjiang: "黑龙江", henan: "河南",
  hubei: "湖北", hunan: "湖南", innermongolia: "内蒙古", neimenggu: "内蒙古", jiangsu: "江苏", jiangxi: "江西",
  jilin: "吉林", liaoning: "辽宁", ningxia: "宁夏", qinghai: "青海", shaanxi: "陕西", shandong: "山东",
  shanghai: "上海", shanxi: "山西", sichuan: "四川", tianjin: "天津", tibet: "西藏", xizang: "西藏",
  xinjiang: "新疆", yunnan: "云南", zhejiang: "浙江",
}; // prettier-ignore
const ENGLISH = new Map(Object.entries(ENGLISH_NAMES));

/** The keys of every province-level division, so that a real province with no AMC is told apart from a typo. */
export const PROVINCE_KEYS: ReadonlySet<string> = new Set([...ENGLISH.values(), "香港", "澳门", "台湾"]);

/** The key of a province name: the name without its administrative suffix (`浙江省` → `浙江`). */
export function provinceKey(name: string): string {
  const key = nameKey(name);
  const english = ENGLISH.get(key.replace(/[^a-z]/g, "").replace(/province$/, ""));
  if (english) return english;
  const suffix = PROVINCE_SUFFIXES.find((s) => key.endsWith(s) && key.length > s.length);
  return suffix ? key.slice(0, -suffix.length) : key;
}
