/*
 * The output stager's worker (output-stager.ts): writes each file it is sent to its temporary name
 * beside the target, unless the target already holds exactly that text.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { StagerMessage, StagerReport } from './output-stager';

const staged: string[] = [];

parentPort!.on('message', (message: StagerMessage) => {
  if (message.type === 'drain') {
    const report: StagerReport = { staged };
    parentPort!.postMessage(report);
    return;
  }
  for (const file of message.files) {
    const target = path.join(message.root, file.path);
    try {
      if (holds(target, file.contents)) continue;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target + message.suffix, file.contents);
      staged.push(file.path);
    } catch {
      // Not staged: the run writes it itself and reports the failure there.
    }
  }
});

function holds(target: string, contents: string): boolean {
  try {
    return fs.readFileSync(target).equals(Buffer.from(contents));
  } catch {
    return false;
  }
}
