/**
 * The general words of the synthetic corpus: the subjects, verbs, adjectives and nouns of
 * the sentences that carry no names (the bulk of real news text). Ordered most frequent
 * first; the corpus picks them with Zipf-like frequencies.
 */

function words(text: string): string[] {
  return text
    .trim()
    .split(/\s*,\s*/)
    .filter((word) => word !== '');
}

export const ENGLISH_SUBJECTS = words(`
  The district, The park, The company, Local authorities, The association, Experts, The municipal government,
  The town, Industry leaders, The committee, Investors, Researchers, The project team, Enterprises, The platform
`);

export const ENGLISH_VERBS = words(`
  promote, support, develop, build, strengthen, improve, accelerate, expand, optimize, attract, upgrade, foster,
  deepen, introduce, cultivate, coordinate, integrate, advance, enhance, explore, launch, establish, encourage,
  guide, extend, consolidate, streamline, prioritize, finance, incubate, nurture, benchmark, standardize, pilot,
  showcase, localize, digitize, commercialize, certify, license
`);

export const ENGLISH_ADJECTIVES = words(`
  new, innovative, high-quality, international, advanced, strategic, key, leading, modern, sustainable, competitive,
  comprehensive, efficient, regional, professional, emerging, integrated, green, digital, clinical, specialized,
  collaborative, flexible, open, secure, scalable, transparent, agile, resilient, frontier, translational, whole-chain,
  cross-border, intelligent, precise, compliant, mature, vibrant, diversified, long-term
`);

export const ENGLISH_NOUNS = words(`
  industry, development, innovation, enterprises, projects, services, environment, investment, cooperation, research,
  talent, capacity, platform, ecosystem, resources, technology, manufacturing, cluster, supply chain, market, products,
  standards, quality, efficiency, funding, infrastructure, approvals, partnerships, outcomes, pipeline, startups,
  facilities, capital, growth, competitiveness, regulation, patents, clinical trials, output value, jobs, exports,
  laboratories, data, training, demand, headquarters, mechanisms, transformation, achievements, universities,
  hospitals, incentives, procedures, land, workshops, equipment, production lines, certification, licensing, safety,
  procurement, logistics, branding, exhibitions, networks, collaboration, governance, planning, layout, zones,
  subsidies, evaluation, monitoring, acceleration, commercialization, incubation, scale, value chain, components,
  materials, reagents, instruments, testing, software, analytics, algorithms, biobanks, samples, cohorts, protocols
`);

export const CHINESE_SUBJECTS = words(`
  区里, 园区, 企业, 有关部门, 协会, 专家, 市政府, 镇政府, 业内人士, 委员会, 投资方, 研究人员, 项目团队, 各企业, 平台
`);

export const CHINESE_VERBS = words(`
  推动, 支持, 发展, 建设, 加强, 提升, 加快, 扩大, 优化, 吸引, 升级, 培育, 深化, 引进, 打造, 统筹, 整合, 推进, 增强,
  探索, 启动, 建立, 鼓励, 引导, 延伸, 巩固, 简化, 聚焦, 资助, 孵化, 对标, 规范, 试点, 展示, 转化, 认证
`);

export const CHINESE_ADJECTIVES = words(`
  新型, 创新, 高质量, 国际化, 先进, 战略性, 重点, 龙头, 现代化, 可持续, 有竞争力, 全方位, 高效, 区域性, 专业化, 新兴,
  一体化, 绿色, 数字化, 临床, 专业, 协同, 灵活, 开放, 安全, 规模化, 透明, 前沿, 全链条, 跨境, 智能, 精准, 成熟, 多元
`);

export const CHINESE_NOUNS = words(`
  产业, 发展, 创新, 企业, 项目, 服务, 环境, 投资, 合作, 研究, 人才, 能力, 平台, 生态, 资源, 技术, 制造, 集群, 供应链,
  市场, 产品, 标准, 质量, 效率, 资金, 基础设施, 审批, 伙伴关系, 成果, 管线, 初创企业, 设施, 资本, 增长, 竞争力, 监管,
  专利, 临床试验, 产值, 就业, 出口, 实验室, 数据, 培训, 需求, 机制, 转型, 高校, 医院, 激励, 程序, 土地, 车间, 设备,
  生产线, 认证, 许可, 安全, 采购, 物流, 品牌, 展会, 网络, 治理, 规划, 布局, 片区, 补贴, 评估, 监测, 产业链, 材料,
  试剂, 仪器, 检测, 软件, 算法, 生物样本库, 样本, 队列
`);
