/**
 * The labels of the HTML report in each language it speaks: English (the default) and
 * simplified Chinese, with the Chinese planning terms of docs/glossary.md. The page's script
 * receives its share of the labels in the embedded data. Never exported from the package.
 */

/**
 * A language of the HTML report: `"en"` (English) or `"zh-CN"` (simplified Chinese).
 *
 * @category CSV and report
 */
export type ReportLanguage = "en" | "zh-CN";

/** Every label of the report; functions where a number is part of the text. */
export interface ReportText {
  readonly title: string;
  readonly horizon: string;
  readonly periods: (n: number) => string;
  readonly workingDays: (n: number, from: string, to: string) => string;
  readonly noWorkingDays: string;
  readonly generated: string;
  readonly nav: { readonly summary: string; readonly act: string; readonly messages: string; readonly grid: string; readonly bom: string; readonly capacity: string };
  readonly stats: { readonly items: string; readonly planned: string; readonly firm: string; readonly messages: string; readonly overloaded: string };
  readonly messagesByKind: string;
  readonly kinds: Readonly<Record<string, string>>;
  readonly act: {
    readonly atRisk: string;
    readonly atRiskHint: string;
    readonly noneAtRisk: string;
    readonly releases: string;
    readonly releasesHint: (through: string) => string;
    readonly noReleases: string;
    readonly buy: string;
    readonly make: string;
    /** Supply networks: the orders to release that move stock between locations. */
    readonly transfer: string;
    readonly overloads: string;
    readonly noOverloads: string;
    readonly demand: string;
    readonly kind: string;
    readonly window: (unit: "period" | "day" | "week", first: string) => string;
    readonly demandKind: Readonly<Record<string, string>>;
    readonly late: string;
    readonly ordersOnPath: string;
    readonly reasons: string;
    readonly workCenter: string;
    readonly load: string;
    readonly available: string;
    readonly causes: string;
    readonly forecast: string;
    readonly more: (n: number, shown: number) => string;
  };
  readonly col: {
    readonly item: string;
    readonly kind: string;
    readonly ref: string;
    readonly date: string;
    readonly newDate: string;
    readonly newPeriod: string;
    readonly quantity: string;
    readonly note: string;
    readonly order: string;
    readonly release: string;
    readonly due: string;
    readonly period: string;
    readonly day: string;
    readonly weekOf: string;
    readonly start: string;
  };
  readonly ticksLate: (n: number, unit: "period" | "day") => string;
  readonly moved: (n: number, unit: "period" | "day") => string;
  readonly noMessages: string;
  readonly grid: string;
  readonly find: string;
  readonly findPlaceholder: string;
  readonly onlyMessages: string;
  readonly rows: readonly string[];
  readonly pegging: string;
  readonly peggingHint: string;
  readonly bom: string;
  readonly noBom: string;
  readonly bomHint: string;
  readonly phantom: string;
  readonly per: string;
  readonly capacity: string;
  readonly noWorkCenters: string;
  readonly legend: { readonly load: string; readonly overload: string; readonly available: string };
  readonly peak: string;
  readonly overloadedBuckets: (n: number) => string;
  readonly loadH: string;
  readonly availableH: string;
  readonly loadingOrders: string;
  readonly barTitle: (bucket: string, load: string, available: string, percent: string) => string;
  readonly chartLabel: (wc: string) => string;
  /** Labels the page's script uses, sent in the embedded data. */
  readonly script: Readonly<Record<string, string>>;
  /** Supply networks: the location filter's label and its first option. */
  readonly location: string;
  readonly allLocations: string;
  /** Supply networks: the heading of the column saying how a planned order is supplied. */
  readonly supply: string;
  /** How a planned order of a network is supplied: `transfer · S-EAST · from PLANT`. */
  readonly supplyText: (s: { readonly kind?: string; readonly source?: string; readonly supplier?: string; readonly shipFrom?: string }) => string;
  /** Labels the page's script uses in a model with locations only, sent in its data. */
  readonly networkScript: Readonly<Record<string, string>>;
}

/** `kind · source · supplier X · from P`, from the labels of a language. */
function supplyWith(kinds: Readonly<Record<string, string>>, supplier: string, from: string) {
  return (s: { readonly kind?: string; readonly source?: string; readonly supplier?: string; readonly shipFrom?: string }): string => {
    const parts: string[] = [];
    if (s.kind !== undefined) parts.push(kinds[s.kind] ?? s.kind);
    if (s.source !== undefined) parts.push(s.source);
    if (s.supplier !== undefined) parts.push(`${supplier} ${s.supplier}`);
    if (s.shipFrom !== undefined) parts.push(`${from} ${s.shipFrom}`);
    return parts.join(" · ");
  };
}

const EN: ReportText = {
  title: "MRP report",
  horizon: "Horizon",
  periods: (n) => `${n} period${n === 1 ? "" : "s"}`,
  workingDays: (n, from, to) => `${n} working days, ${from} to ${to}`,
  noWorkingDays: "no working days",
  generated: "Generated",
  nav: { summary: "Summary", act: "What to act on", messages: "Action messages", grid: "MRP records", bom: "Bills of material", capacity: "Capacity" },
  stats: { items: "items", planned: "planned orders", firm: "firm planned orders", messages: "action messages", overloaded: "overloaded work centers" },
  messagesByKind: "Action messages",
  kinds: {
    "reschedule-in": "reschedule in",
    "reschedule-out": "reschedule out",
    cancel: "cancel",
    "late-release": "late release",
    "time-fence": "time fence",
    "below-safety-stock": "below safety stock",
    "past-due-demand": "past-due demand",
    "past-due-receipt": "past-due receipt",
    "beyond-horizon": "beyond horizon",
    overload: "overload",
    shortage: "shortage",
  },
  act: {
    atRisk: "Demands at risk",
    atRiskHint: "Customer orders and forecasts whose supply reaches a late or short order, and how late.",
    noneAtRisk: "No demand is at risk.",
    releases: "Orders to release",
    releasesHint: (through) => `Planned orders whose release falls ${through}, to buy and to make.`,
    noReleases: "No planned order is due for release.",
    buy: "Buy",
    make: "Make",
    transfer: "Transfer",
    overloads: "Capacity overloads",
    noOverloads: "No work center is overloaded.",
    demand: "Demand",
    kind: "Kind",
    window: (unit, first) => (unit === "period" ? `in period ${first}` : unit === "week" ? `in the week of ${first}` : `on ${first}`),
    demandKind: { order: "customer order", forecast: "forecast", mps: "master schedule" },
    late: "Late",
    ordersOnPath: "Orders on the way",
    reasons: "Because of",
    workCenter: "Work center",
    load: "Load h",
    available: "Available h",
    causes: "Orders causing it",
    forecast: "forecast",
    more: (n, shown) => `… and ${n} more (the first ${shown} are shown).`,
  },
  col: {
    item: "Item",
    kind: "Message",
    ref: "Order or demand",
    date: "Date",
    newDate: "New date",
    newPeriod: "New period",
    quantity: "Quantity",
    note: "Note",
    order: "Order",
    release: "Release",
    due: "Due",
    period: "Period",
    day: "Day",
    weekOf: "Week of",
    start: "Start",
  },
  ticksLate: (n, unit) => `${n} ${unit === "period" ? "period" : "working day"}${n === 1 ? "" : "s"} late`,
  moved: (n, unit) => `${n > 0 ? "later" : "earlier"} by ${Math.abs(n)} ${unit === "period" ? "period" : "working day"}${Math.abs(n) === 1 ? "" : "s"}`,
  noMessages: "No action messages: the plan needs no attention.",
  grid: "MRP records",
  find: "Find item",
  findPlaceholder: "item id or name",
  onlyMessages: "only items with action messages",
  rows: ["Gross requirements", "Scheduled receipts", "Projected on hand", "Net requirements", "Planned order receipts", "Planned order releases"],
  pegging: "Pegging",
  peggingHint: "Click a planned order to see the requirements it covers and the demands it serves.",
  bom: "Bills of material",
  noBom: "The model has no bills of material.",
  bomHint: "Quantities per parent unit; in brackets per unit of the end item, scrap included. Click a line to fold it.",
  phantom: "phantom",
  per: "per",
  capacity: "Capacity load",
  noWorkCenters: "The model has no work centers.",
  legend: { load: "load", overload: "overload", available: "available hours" },
  peak: "peak",
  overloadedBuckets: (n) => `${n} overloaded bucket${n === 1 ? "" : "s"}`,
  loadH: "Load h",
  availableH: "Available h",
  loadingOrders: "Orders loading it",
  barTitle: (bucket, load, available, percent) => `${bucket}: ${load} h of ${available} h available (${percent})`,
  chartLabel: (wc) => `load of ${wc} per bucket`,
  script: {
    shown: "{0} of {1} items shown",
    messages1: "1 action message",
    messagesN: "{0} action messages",
    ordersHint: "Orders (click for pegging):",
    open: "Show the MRP record",
    period: "period {0}",
    lowLevelCode: "low-level code {0}",
    leadTime: "lead time {0}",
    safetyStock: "safety stock {0}",
    lot: "lot {0}",
    make: "make",
    buy: "buy",
    phantom: "phantom",
    release: "release",
    due: "due",
    firm: "firm",
    started: "started for {0}",
    covers: "Covers these requirements (first due, first covered):",
    nothing: "nothing: no requirement is pegged to it",
    upTo: "Up to the independent demands:",
    serves: "serves",
    for: "for",
    of: "of",
    lessThanOne: "< 1",
    kind_order: "order",
    kind_forecast: "forecast",
    kind_mps: "mps",
    "safety-stock": "safety-stock",
    "min-max": "min-max",
    allocated: "allocated",
    per: "per",
  },
  location: "Location",
  allLocations: "all locations",
  supply: "Supply",
  supplyText: supplyWith({ make: "make", buy: "buy", transfer: "transfer" }, "supplier", "from"),
  networkScript: { supply_make: "make", supply_buy: "buy", supply_transfer: "transfer", transfer: "transfer", supplier: "supplier", shipFrom: "from" },
};

const ZH: ReportText = {
  title: "MRP 报表",
  horizon: "计划展望期",
  periods: (n) => `${n} 个时段`,
  workingDays: (n, from, to) => `${n} 个工作日, ${from} 至 ${to}`,
  noWorkingDays: "没有工作日",
  generated: "生成于",
  nav: { summary: "概览", act: "待处理事项", messages: "例外信息", grid: "物料需求计划记录", bom: "物料清单", capacity: "产能负荷" },
  stats: { items: "物料", planned: "计划订单", firm: "确认计划订单", messages: "例外信息", overloaded: "超负荷工作中心" },
  messagesByKind: "例外信息",
  kinds: {
    "reschedule-in": "提前",
    "reschedule-out": "推迟",
    cancel: "取消",
    "late-release": "逾期下达",
    "time-fence": "计划时界",
    "below-safety-stock": "低于安全库存",
    "past-due-demand": "逾期需求",
    "past-due-receipt": "逾期收料",
    "beyond-horizon": "超出计划展望期",
    overload: "超负荷",
    shortage: "短缺",
  },
  act: {
    atRisk: "有风险的需求",
    atRiskHint: "供应链路上有逾期或短缺订单的客户订单和预测, 以及逾期多久。",
    noneAtRisk: "没有有风险的需求。",
    releases: "待下达订单",
    releasesHint: (through) => `下达日期在${through}的计划订单, 外购与自制分开。`,
    noReleases: "没有待下达的计划订单。",
    buy: "外购",
    make: "自制",
    transfer: "调拨",
    overloads: "产能超负荷",
    noOverloads: "没有超负荷的工作中心。",
    demand: "需求",
    kind: "类型",
    window: (unit, first) => (unit === "period" ? `第 ${first} 时段` : unit === "week" ? ` ${first} 起的一周` : ` ${first}`),
    demandKind: { order: "客户订单", forecast: "预测", mps: "主生产计划" },
    late: "逾期",
    ordersOnPath: "链路上的订单",
    reasons: "原因",
    workCenter: "工作中心",
    load: "负荷 (小时)",
    available: "可用 (小时)",
    causes: "造成负荷的订单",
    forecast: "预测",
    more: (n, shown) => `…… 另有 ${n} 条 (仅显示前 ${shown} 条)。`,
  },
  col: {
    item: "物料",
    kind: "例外信息",
    ref: "订单或需求",
    date: "日期",
    newDate: "新日期",
    newPeriod: "新时段",
    quantity: "数量",
    note: "说明",
    order: "订单",
    release: "下达",
    due: "到期",
    period: "时段",
    day: "日",
    weekOf: "周 (起始日)",
    start: "期初",
  },
  ticksLate: (n, unit) => `逾期 ${n} 个${unit === "period" ? "时段" : "工作日"}`,
  moved: (n, unit) => `${n > 0 ? "推迟" : "提前"} ${Math.abs(n)} 个${unit === "period" ? "时段" : "工作日"}`,
  noMessages: "没有例外信息: 计划无需处理。",
  grid: "物料需求计划记录",
  find: "查找物料",
  findPlaceholder: "物料编码或名称",
  onlyMessages: "仅显示有例外信息的物料",
  rows: ["毛需求", "已下达订单", "预计库存", "净需求", "计划订单收料", "计划订单下达"],
  pegging: "需求追溯",
  peggingHint: "点击计划订单, 查看它覆盖的需求和它最终满足的独立需求。",
  bom: "物料清单",
  noBom: "模型中没有物料清单。",
  bomHint: "数量为每单位父件的单位用量; 括号内为每单位最终产品的用量, 含损耗。点击一行可折叠。",
  phantom: "虚拟件",
  per: "每",
  capacity: "产能负荷",
  noWorkCenters: "模型中没有工作中心。",
  legend: { load: "负荷", overload: "超负荷", available: "可用工时" },
  peak: "峰值",
  overloadedBuckets: (n) => `${n} 个超负荷时段`,
  loadH: "负荷 (小时)",
  availableH: "可用 (小时)",
  loadingOrders: "造成负荷的订单",
  barTitle: (bucket, load, available, percent) => `${bucket}: 负荷 ${load} 小时, 可用 ${available} 小时 (${percent})`,
  chartLabel: (wc) => `${wc} 各时段负荷`,
  script: {
    shown: "显示 {0} / {1} 个物料",
    messages1: "1 条例外信息",
    messagesN: "{0} 条例外信息",
    ordersHint: "订单 (点击查看需求追溯):",
    open: "显示物料需求计划记录",
    period: "第 {0} 时段",
    lowLevelCode: "低层码 {0}",
    leadTime: "提前期 {0}",
    safetyStock: "安全库存 {0}",
    lot: "批量规则 {0}",
    make: "自制",
    buy: "外购",
    phantom: "虚拟件",
    release: "下达",
    due: "到期",
    firm: "确认",
    started: "投产 {0}",
    covers: "覆盖以下需求 (先到期先覆盖):",
    nothing: "无: 没有需求追溯到此订单",
    upTo: "追溯到独立需求:",
    serves: "满足",
    for: "",
    of: "的",
    lessThanOne: "< 1",
    kind_order: "客户订单",
    kind_forecast: "预测",
    kind_mps: "主生产计划",
    "safety-stock": "安全库存",
    "min-max": "最小-最大",
    allocated: "已分配量",
    per: "每",
  },
  location: "地点",
  allLocations: "全部地点",
  supply: "供应方式",
  supplyText: supplyWith({ make: "自制", buy: "外购", transfer: "调拨" }, "供应商", "调出地点"),
  networkScript: { supply_make: "自制", supply_buy: "外购", supply_transfer: "调拨", transfer: "调拨", supplier: "供应商", shipFrom: "调出地点" },
};

/**
 * The labels of a language.
 *
 * @param lang - a report language
 * @returns its labels
 * @example
 * ```ts
 * reportText("zh-CN").rows[0] //=> "毛需求"
 * ```
 */
export function reportText(lang: ReportLanguage): ReportText {
  return lang === "zh-CN" ? ZH : EN;
}
