import { describe, expect, it } from 'vitest';
import { UploadRefusedError } from '../errors.js';
import { MAX_STEM_BYTES, uploadFileName } from './upload-file-name.js';

describe('the name an upload is stored under', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['Annual Report 2025.PDF', 'Annual Report 2025.pdf'],
    ['宝山生物医药政策.docx', '宝山生物医药政策.docx'],
    ['../../etc/passwd.md', 'passwd.md'],
    ['..\\..\\windows\\notes.txt', 'notes.txt'],
    ['.hidden.md', 'hidden.md'],
    ['...md.md', 'md.md'],
    ['a<b>c:d"e|f?g*h.txt', 'a-b-c-d-e-f-g-h.txt'],
    ['tab\there\nnewline.md', 'tab here newline.md'],
    ['invoice\u202Efdp.exe.pdf', 'invoicefdp.exe.pdf'],
    ['  spaced   out  .html', 'spaced out.html'],
    ['.pdf.pdf', 'pdf.pdf'],
    ['policy..md', 'policy.md'],
  ])('stores %j as %j', (original, stored) => {
    expect(uploadFileName(original)).toBe(stored);
  });

  it('bounds a long name in bytes without cutting a Chinese character', () => {
    const stored = uploadFileName(`${'政'.repeat(200)}.pdf`);
    expect(Buffer.byteLength(stored.replace(/\.pdf$/, ''))).toBeLessThanOrEqual(MAX_STEM_BYTES);
    expect(stored).toMatch(/^政+\.pdf$/);
  });

  it.each([
    ['setup.exe', "unsupported file type '.exe'"],
    ['archive.zip', "unsupported file type '.zip'"],
    ['notes', "unsupported file type '(none)'"],
    ['.pdf', "unsupported file type '(none)'"],
    ['report.pdf.meta.yaml', "unsupported file type '.yaml'"],
  ])('refuses %j: %s', (original, reason) => {
    expect(() => uploadFileName(original)).toThrow(reason);
  });

  it('refuses README.md, which the folder keeps as its own notes and never reads', () => {
    const refusal = (() => {
      try {
        uploadFileName('README.md');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(UploadRefusedError);
    expect(refusal).toMatchObject({ reason: 'INVALID_NAME' });
  });
});
