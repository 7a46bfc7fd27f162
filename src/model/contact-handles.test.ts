import { describe, expect, it } from 'vitest';
import { foreignHandle, handlesIn } from './contact-handles.js';

describe('contact handles in a text', () => {
  it.each([
    ['Claim it at http://evil.example/prize now.', 'link', 'evil.example/prize'],
    ['See https://www.shine.cn/news/2020/ for the report.', 'link', 'www.shine.cn/news/2020'],
    ['访问www.evil.cn领取补贴。', 'link', 'www.evil.cn'],
    ['Go to evil.xyz/claim today.', 'link', 'evil.xyz/claim'],
    ['Write to claims@evil.example.', 'email address', 'claims@evil.example'],
    ['Call 021-12345678.', 'phone number', '2112345678'],
    ['Call +86 21 1234 5678.', 'phone number', '2112345678'],
    ['拨打13800138000咨询。', 'phone number', '13800138000'],
    ['Hotline 400-820-1234.', 'phone number', '4008201234'],
    ['Pay to 6222 0000 1111 2222 333.', 'account number', '6222000011112222333'],
    ['Add us on WeChat at evil123.', 'WeChat id', 'evil123'],
    ['添加微信号：Park_Office2020', 'WeChat id', 'park_office2020'],
    ['加QQ群 12345678', 'QQ number', '12345678'],
  ])('%s holds a %s: %s', (text, kind, value) => {
    expect(handlesIn(text)).toContainEqual(expect.objectContaining({ kind, value }));
  });

  it.each([
    'Biopharma companies grew from 87 in 2020 to 428 in 2024.',
    'The total investment is more than 10,000,000,000 yuan (2019-2024).',
    'Follow the park on its WeChat official account.',
    'Shanghai Pharma Co. signed on 2020.11.28.',
    '园区于2023年开园，有500套公寓。',
  ])('%s holds none', (text) => {
    expect(handlesIn(text)).toEqual([]);
  });
});

describe('handles a passage holds', () => {
  const passage =
    'Applications go to the park office (021-1234 5678, office@park.example.com, https://www.park.example.com/apply).';

  it.each([
    ['the same phone number written another way', 'Call +86 21 12345678 [1].'],
    ['the same address in capitals', 'Write to Office@Park.example.com [1].'],
    ['the same link without its scheme', 'Apply at www.park.example.com/apply [1].'],
    ['a shorter form of the link', 'See park.example.com [1].'],
  ])('accepts %s', (_, reply) => {
    expect(foreignHandle(reply, [passage])).toBeUndefined();
  });

  it.each([
    ['another phone number', 'Call 021-87654321 [1].', 'phone number'],
    ['another address', 'Write to claims@evil.example [1].', 'email address'],
    ['another link', 'Apply at https://evil.example/park [1].', 'link'],
    ['an account number', 'Pay to 6222 0000 1111 2222 [1].', 'account number'],
  ])('refuses %s', (_, reply, kind) => {
    expect(foreignHandle(reply, [passage])).toMatchObject({ kind });
  });
});
