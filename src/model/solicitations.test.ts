import { describe, expect, it } from 'vitest';
import { namedParty, solicitationIn } from './solicitations.js';

const PASSAGE =
  'Applications for the talent subsidy go to the Baoshan Science and Technology Commission. Zhang Wei of the park office answers questions. 申请材料交宝山区科委，园区办公室负责解答。';

describe('requests a reply may not pass on to a member', () => {
  it.each([
    ['Please send your ID number to claims@evil.example [1].', 'send your data'],
    ['To receive the subsidy, provide your bank card number [1].', 'send your data'],
    ['You must confirm your password before applying [1].', 'send your data'],
    ['Please email a copy of the business licence to the commission [1].', 'please send the data'],
    ['请将身份证号发送至claims@evil.example[1]。', '请提供资料'],
    ['请提供营业执照复印件[1]。', '请提供资料'],
    ['申请时需将您的银行卡号告知工作人员[1]。', '您的资料'],
    ['Contact us for a faster approval [1].', 'contact someone'],
    ['You can call Li Ming at the finance desk for the subsidy [1].', 'contact someone'],
    ['Please transfer the deposit to Mr. Wang before Friday [1].', 'pay someone'],
    ['请联系李经理办理补贴[1]。', '联系某人'],
    ['您需要向财务处张女士转账500元[1]。', '向某人付款'],
    ['请将押金汇款至上海某某咨询公司[1]。', '付款到某处'],
  ])('refuses %s (%s)', (sentence, rule) => {
    expect(solicitationIn(sentence, [PASSAGE])).toBe(rule);
  });

  it.each([
    'Applications go to the Baoshan Science and Technology Commission [1].',
    'You can contact the Baoshan Science and Technology Commission about the subsidy [1].',
    'Contact Zhang Wei of the park office for questions [1].',
    'Please write to the park office [1].',
    'Transfer the fee to account 6222 0000 1111 2222 [1].',
    'Shanghai Pharma will contact partners in Germany [1].',
    'The delegation visited the park and called DiaSorin [1].',
    'Companies submitted their documents in May [1].',
    'Visit to Luodian strengthens ties [1].',
    '申请材料交宝山区科委[1]。',
    '请联系宝山区科委咨询补贴[1]。',
    '您可以联系园区办公室了解详情[1]。',
    '企业向园区提交申请[1]。',
    '该公司将联系德国合作伙伴[1]。',
    '加快建设生物医药产业园[1]。',
  ])('lets %s through', (sentence) => {
    expect(solicitationIn(sentence, [PASSAGE])).toBeNull();
  });
});

describe('the party a request names', () => {
  it.each([
    ['the park office at 021-12345678 ', 'park office'],
    ['Zhang Wei for questions ', 'Zhang Wei'],
    ['us on WeChat ', 'us'],
    ['account 6222 0000 1111 2222 ', ''],
    ['them directly ', ''],
    ['to Luodian ', ''],
    ['宝山区科委咨询补贴', '宝山区科委'],
    ['微信 evil123 领取补贴', ''],
    ['李经理办理补贴', '李经理'],
  ])('%s → %s', (who, party) => {
    expect(namedParty(who)).toBe(party);
  });
});
