// A second process on an SQLite file that takes its write lock (BEGIN EXCLUSIVE) when told, as an
// operator's command or another server would, for tests of what writers do while it is held.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Runs in the child: one command a line on stdin, one answer a line on stdout. */
const HOLDER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
const tell = (line) => process.stdout.write(line + '\\n');
require('node:readline').createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, argument, ...sql] = line.split(' ');
  if (command === 'lock') {
    db.pragma('busy_timeout = 60000');
    db.exec('BEGIN EXCLUSIVE');
  } else if (command === 'lock-when') {
    // Watches the count without waiting, then takes the lock at the first moment it is free; gives
    // up after a minute, so that a failed test leaves no process spinning.
    db.pragma('busy_timeout = 0');
    const count = db.prepare(sql.join(' ')).pluck();
    const giveUp = Date.now() + 60000;
    const tryLock = () => {
      try {
        return count.get() >= Number(argument) && (db.exec('BEGIN EXCLUSIVE'), true);
      } catch {
        return false;
      }
    };
    while (!tryLock()) if (Date.now() > giveUp) process.exit(1);
  } else if (command === 'release') {
    setTimeout(() => (db.exec('COMMIT'), tell('released')), Number(argument));
    return;
  }
  tell('locked');
});
`;

export interface SqliteLockHolder {
  /** Resolves once the other process holds the write lock. */
  lock(): Promise<void>;
  /** Takes the lock as soon as `countSql` (one number) reaches `atLeast`; resolves once it holds it. */
  lockWhen(atLeast: number, countSql: string): Promise<void>;
  /** Lets go of the lock after `afterMs`; resolves once it has. */
  release(afterMs?: number): Promise<void>;
  /** Ends the other process, and with it any lock it holds. */
  stop(): void;
}

export function sqliteLockHolder(file: string): SqliteLockHolder {
  const child = spawn(process.execPath, ['-e', HOLDER, file], {
    cwd: fileURLToPath(new URL('../../..', import.meta.url)),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers = createInterface({ input: child.stdout });
  const ask = (line: string, answer: string) =>
    new Promise<void>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the lock holder exited with ${code}`));
      child.once('exit', exited);
      answers.once('line', (said) => {
        child.off('exit', exited);
        if (said === answer) resolve();
        else reject(new Error(`the lock holder said ${said}, not ${answer}`));
      });
      child.stdin.write(`${line}\n`);
    });
  return {
    lock: () => ask('lock', 'locked'),
    lockWhen: (atLeast, countSql) => ask(`lock-when ${atLeast} ${countSql}`, 'locked'),
    release: (afterMs = 0) => ask(`release ${afterMs}`, 'released'),
    stop: () => void child.kill(),
  };
}
