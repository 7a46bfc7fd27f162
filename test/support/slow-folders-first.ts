/**
 * Orders test files so that the folders whose files start bot processes, build several
 * snapshots or wait out network timeouts run first. Vitest runs the longest files first only
 * when its cache of earlier durations is there; on a fresh clone (CI) it runs the largest
 * files first, and a small file that runs for a minute (concurrent-reloads) then starts last
 * and keeps one core busy alone at the end.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The folders of slow files, slowest kind first. */
const SLOW_FOLDERS = ['test/hostile/', 'test/snapshot/', 'test/cli/'];

export class SlowFoldersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // A stable sort: within a folder rank, the base order (cached durations, else sizes) holds.
    return sorted.sort((a, b) => folderRank(a) - folderRank(b));
  }
}

function folderRank(file: TestSpecification): number {
  const rank = SLOW_FOLDERS.findIndex((folder) => file.moduleId.includes(`/${folder}`));
  return rank === -1 ? SLOW_FOLDERS.length : rank;
}
