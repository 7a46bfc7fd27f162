import { describe, expect, it } from 'vitest';
import { columns, unwrapLines } from './unwrap-lines.js';

const ENGLISH_WRAPPED = [
  'Investment Guide',
  'The North Shanghai Biomedical Industrial Park is the core biomedical',
  'zone of Baoshan District. In April 2020 it was named one of the five',
  'city-level specialised parks, and the Baoji project signed to locate',
  'there. Phase one is planned at 6.86 square kilometres, with bio-',
  'medical land of about 4,500 mu.',
  '1.1 Targets: more than 100 companies by 2025 and above 30 billion',
  'yuan of output.',
].join('\n');

const CHINESE_WRAPPED = [
  '上海市生物医药产业发展规划',
  '“十三五”期间本市生物医药产业保持较快增长，2020年产业规模首次迈上',
  '6000亿元台阶，全市生物医药制造业规模以上企业工业总产值超过1',
  '— 2 —',
  '400亿元。全市建有国家级重点实验室17个，首次上市的1类新药共14个。',
  '（二）创新成果持续涌现。合成生物学等领域取得一批重大突破，龙头企业和',
  '骨干企业规模持续壮大。',
].join('\n');

describe('unwrapping text pasted out of a PDF', () => {
  it('joins the lines of an English paragraph, and a word broken by a hyphen', () => {
    const text = unwrapLines(ENGLISH_WRAPPED);
    expect(text).toContain(
      'is the core biomedical zone of Baoshan District. In April 2020 it was named one of the five city-level',
    );
    expect(text).toContain('with biomedical land of about 4,500 mu.');
  });

  it('keeps the title and every numbered clause on a line of its own', () => {
    const lines = unwrapLines(ENGLISH_WRAPPED).split('\n');
    expect(lines[0]).toBe('Investment Guide');
    expect(lines.at(-1)).toBe(
      '1.1 Targets: more than 100 companies by 2025 and above 30 billion yuan of output.',
    );
  });

  it('keeps each row of a table whose cells a full-width space divides on a line of its own', () => {
    const table = [
      '年份　企业数量　主要指标　资料出处',
      '2020　百家左右（另有报道称不足百家）　上海医药、宝济药业等项目投资总额超100亿元　2020年11月大会报道',
      '2022　未单独披露　全区生物医药工业总产值33.64亿元，同比增长24.7%　2023年5月报道',
    ];
    const prose = [
      '人才政策',
      '（二）2023年6月15日，区里一次性推出25条人才新政。按公开报道：',
      '在宝山新设的研发机构最高可获4000万元补贴；符合条件的学术研究工作站',
      '最高100万元；世界级和国家级顶尖人才及团队项目资助最高5000万元，',
      '另有最高1000万元综合补贴；优秀高层次人才综合补贴最高450万元；来',
      '宝山见习的大学生可获4500元见习补贴和3000元交通住宿补贴。',
      '（三）人才公寓。园区推介材料列出的人才公寓包括霄云湾公寓和天舒苑人才公',
      '寓，新政也把人才公寓纳入对人才的服务。',
    ];
    const lines = unwrapLines([...prose, ...table].join('\n')).split('\n');
    expect(lines.slice(-3)).toEqual(table);
  });

  it('joins Chinese lines without spaces, across a page number, even inside a number', () => {
    const text = unwrapLines(CHINESE_WRAPPED);
    expect(text).toContain(
      '2020年产业规模首次迈上6000亿元台阶，全市生物医药制造业规模以上企业工业总产值超过1400亿元。',
    );
    expect(text).not.toContain('— 2 —');
    expect(text).toContain('\n（二）创新成果持续涌现。');
  });

  it.each([
    ['- 3 -'],
    ['第 3 页 共 8 页'],
    ['Page 3 of 8'],
    ['                    - 1 -          Page 1 of 3   For members only'],
  ])('drops the page footer %s', (footer) => {
    const text = `${ENGLISH_WRAPPED}\n${footer}\nMore text follows here.`;
    expect(unwrapLines(text)).not.toContain(footer.trim());
  });

  it('drops a running header repeated on every page', () => {
    const page = 'Baoshan Briefing 2025 | Page header\nA line of the report that is long enough.\n';
    const text = unwrapLines(page.repeat(4));
    expect(text).not.toContain('Page header');
  });

  it('leaves text that is not wrapped as it is', () => {
    const text =
      'Short title\nA paragraph that runs on for a long while, as news text does when every paragraph is one line, with no wrapping at all in it, and then more words.\nAnother paragraph.\nA third, short one.\nAnd a fourth.';
    expect(unwrapLines(text)).toBe(text);
  });

  it('keeps the rows of a flattened table apart', () => {
    const table = [
      '序号  指标名称                                  2025年目标值',
      '1     产业规模（亿元）                          >10000',
      '2     其中：制造业产值（亿元）                  2400',
    ].join('\n');
    expect(unwrapLines(`${CHINESE_WRAPPED}\n${table}`)).toContain(table);
  });

  it.each([
    ['abc', 3],
    ['宝山', 4],
    ['宝山 2020', 9],
  ])('counts the columns of %s as %i', (line, width) => {
    expect(columns(line)).toBe(width);
  });
});
