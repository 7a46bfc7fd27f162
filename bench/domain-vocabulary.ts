/**
 * The fixed bilingual vocabulary of the synthetic corpus, drawn from the knowledge base's
 * domain (Baoshan's biomedical industry). Every list is ordered most frequent first: the
 * corpus picks from it with Zipf-like frequencies.
 */

/** One thing and its names in both languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

function pairs(table: string): Bilingual[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [en = '', zh = ''] = line.split('|').map((part) => part.trim());
      return { en, zh };
    });
}

export const PLACES = pairs(`
  Baoshan | 宝山
  Shanghai | 上海
  Luodian | 罗店
  Baoshan District | 宝山区
  Yangtze River Delta | 长三角
  Meilan Lake | 美兰湖
  Gucun | 顾村
  Yanghang | 杨行
  Dachang | 大场
  Songnan | 淞南
  Yuepu | 月浦
  Wusong | 吴淞
  Zhangmiao | 张庙
  Luojing | 罗泾
  Pudong | 浦东
  Zhangjiang | 张江
  Jiading | 嘉定
  Minhang | 闵行
  Lingang | 临港
  Songjiang | 松江
  Suzhou | 苏州
  Hangzhou | 杭州
  Nanjing | 南京
  Hefei | 合肥
  Wuxi | 无锡
  Ningbo | 宁波
  Beijing | 北京
  Shenzhen | 深圳
  Jinshan | 金山
  Fengxian | 奉贤
  Qingpu | 青浦
  Yangpu | 杨浦
`);

export const PARKS = pairs(`
  North Shanghai Biomedical Industrial Park | 北上海生物医药产业园
  Baoshan Industrial Park | 宝山工业园区
  Luodian Industrial Park | 罗店工业园区
  Wusong Innovation City | 吴淞创新城
  Nanda Smart City | 南大智慧城
  Meilan Lake Innovation Hub | 美兰湖创新港
  Shanghai Robot Industrial Park | 上海机器人产业园
  Zhangjiang Pharma Valley | 张江药谷
  Baoshan City Industrial Park | 宝山城市工业园区
  Yuepu Industrial Park | 月浦工业园区
`);

export const TOPICS = pairs(`
  biomedicine | 生物医药
  innovative drugs | 创新药
  medical devices | 医疗器械
  cell therapy | 细胞治疗
  antibody drugs | 抗体药物
  gene therapy | 基因治疗
  vaccines | 疫苗
  in vitro diagnostics | 体外诊断
  biological products | 生物制品
  high-end medical equipment | 高端医疗装备
  synthetic biology | 合成生物学
  traditional Chinese medicine | 中医药
  active pharmaceutical ingredients | 原料药
  medical imaging | 医学影像
  surgical robots | 手术机器人
  rare disease drugs | 罕见病药物
  precision medicine | 精准医疗
  biosimilars | 生物类似药
  nucleic acid drugs | 核酸药物
  stem cells | 干细胞
  medical consumables | 医用耗材
  contract manufacturing | 合同生产
  clinical research | 临床研究
  digital health | 数字健康
  artificial intelligence drug discovery | 人工智能药物研发
  rehabilitation equipment | 康复器械
  animal health | 动物保健
  cosmetics ingredients | 化妆品原料
  health food | 保健食品
  genetic testing | 基因检测
`);

export const FACILITIES = pairs(`
  production base | 生产基地
  R&D center | 研发中心
  headquarters | 总部
  innovation center | 创新中心
  pilot plant | 中试基地
  laboratory | 实验室
  gigafactory | 超级工厂
  incubator | 孵化器
  regional headquarters | 区域总部
  manufacturing plant | 制造工厂
  logistics center | 物流中心
  clinical trial center | 临床试验中心
  GMP workshop | GMP车间
  accelerator | 加速器
`);

export const EVENTS = pairs(`
  China Biomedical Industry Innovation Conference | 中国生物医药产业创新大会
  investment promotion conference | 投资促进大会
  signing ceremony | 签约仪式
  industry association symposium | 行业协会座谈会
  Meilan Lake Biopharma Innovation Conference | 美兰湖生物医药创新大会
  biomedical industry forum | 生物医药产业论坛
  project launch ceremony | 项目启动仪式
  talent recruitment fair | 人才招聘会
  International Symposium on Biopharmaceutical Innovation | 生物药物创新国际研讨会
  park open day | 园区开放日
  entrepreneurship competition | 创新创业大赛
  policy briefing | 政策宣讲会
`);

export const POLICIES = pairs(`
  special support policies | 专项扶持政策
  talent subsidies | 人才补贴
  rent reductions | 租金减免
  R&D grants | 研发资助
  tax incentives | 税收优惠
  one-to-one service | 一对一全程帮办服务
  land supply guarantees | 用地保障
  innovation vouchers | 创新券
  green channel for approvals | 审批绿色通道
  equity investment fund | 股权投资基金
  housing for talent | 人才公寓
  clinical trial support | 临床试验支持
  first-purchase program | 首购首用政策
  loan interest subsidies | 贷款贴息
  special service team | 工作专班
`);

export const ORGANIZATIONS = pairs(`
  Baoshan District Government | 宝山区政府
  Baoshan District Committee | 宝山区委
  Shanghai Municipal Commission of Economy and Informatization | 上海市经济和信息化委员会
  Baoshan Biomedical Industry Association | 宝山区生物医药行业协会
  Shanghai Pharmaceutical Industry Association | 上海市医药行业协会
  Shanghai Medical Device Industry Association | 上海市医疗器械行业协会
  Baoshan Science and Technology Commission | 宝山区科学技术委员会
  Shanghai Medical Products Administration | 上海市药品监督管理局
  Baoshan Investment Promotion Office | 宝山区投资促进办公室
  Baoshan Biomedical Industry Expert Advisory Committee | 宝山区生物医药产业专家咨询委员会
  Fudan University | 复旦大学
  Shanghai University | 上海大学
  Chinese Academy of Sciences | 中国科学院
  Shanghai Jiao Tong University | 上海交通大学
  Luodian Town Government | 罗店镇政府
  Shanghai European and American Student Association | 上海欧美同学会
`);

export const ROLES = pairs(`
  Secretary | 书记
  District Mayor | 区长
  Director | 主任
  Chairman | 董事长
  General Manager | 总经理
  Deputy Director | 副主任
  Academician | 院士
  Professor | 教授
  President | 会长
  Vice Mayor | 副区长
  Chief Scientist | 首席科学家
  Secretary-General | 秘书长
`);

export const PUBLISHERS = pairs(`
  Xinmin Evening News | 新民晚报
  China News Service | 中新社
  Jiefang Daily | 解放日报
  Wenhui Daily | 文汇报
  Baoshan Times | 宝山报
  SHINE | 上海日报
  The Paper | 澎湃新闻
  Shanghai Observer | 上观新闻
  Eastday | 东方网
  Baoshan District Government website | 宝山区政府网站
`);

/** Places, people and things the corpus never mentions: questions about them must be refused. */
export const UNKNOWN_SUBJECTS = pairs(`
  France | 法国
  the Eiffel Tower | 埃菲尔铁塔
  quantum computers | 量子计算机
  the Premier League | 英超联赛
  Mount Everest | 珠穆朗玛峰
  electric scooters | 电动滑板车
  Reykjavik | 雷克雅未克
  the Olympic Games | 奥运会
  cryptocurrency mining | 加密货币挖矿
  Antarctic penguins | 南极企鹅
`);
