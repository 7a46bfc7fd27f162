/**
 * A child process for the kill -9 test: opens the question log in the DATA_DIR given as its
 * argument, records questions and a rating, says how many on standard output, then waits to
 * be killed. It never closes the log, so nothing is checkpointed out of the write-ahead file.
 */
import { QuestionLog } from '../../../src/question-log/question-log.js';

const [dataDir, count] = process.argv.slice(2) as [string, string];
const log = await QuestionLog.open({ dataDir, pruneDaily: false });
for (let index = 0; index < Number(count); index += 1) {
  log.recordQuestion({
    answerId: `answer-${index}`,
    platform: 'telegram',
    userId: `member-${index}`,
    question: `Question number ${index}?`,
    language: 'en',
    answered: index % 2 === 0,
    kind: index % 2 === 0 ? 'answer' : 'not_found',
    citedDocumentIds: [],
    latencyMs: 5,
  });
}
log.recordFeedback({
  answerId: 'answer-0',
  platform: 'telegram',
  userId: 'member-0',
  rating: 'up',
});
process.stdout.write(`recorded ${count}\n`);
setInterval(() => {}, 60_000);
