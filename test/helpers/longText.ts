/** A paragraph of about `length` characters in numbered sentences of 100–200 characters (long NoiDung text). */
export function longParagraph(length: number): string {
  const sentences: string[] = [];
  let total = 0;
  for (let i = 1; total < length; i++) {
    const sentence = `Câu thứ ${i}: Sở đã tiếp nhận, giải quyết hồ sơ thủ tục hành chính ${'đúng quy trình, công khai, minh bạch '.repeat(1 + (i % 4))}trong kỳ báo cáo.`;
    sentences.push(sentence);
    total += sentence.length + 1;
  }
  return sentences.join(' ');
}
