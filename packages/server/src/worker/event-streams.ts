// The Redis Streams commands the worker uses, for one consumer of one consumer group, with Redis's
// answers turned into typed values. Reads return raw bytes: event_data is binary.
import type { Redis } from 'ioredis';
import { toStreamEntry, type Delivery } from './stream-entry.ts';

/** Where a new consumer group starts: `0` the whole stream, `$` only entries added from now on. */
export type GroupStart = '0' | '$';

export class EventStreams {
  constructor(
    private readonly redis: Redis,
    readonly group: string,
    readonly consumer: string,
  ) {}

  /** Creates the group on each stream (and the stream) unless it exists. */
  async ensureGroups(streams: readonly string[], start: GroupStart): Promise<void> {
    for (const stream of streams) {
      try {
        await this.redis.xgroup('CREATE', stream, this.group, start, 'MKSTREAM');
      } catch (error) {
        if (!(error instanceof Error && error.message.startsWith('BUSYGROUP'))) throw error;
      }
    }
  }

  /** Entries never delivered to the group, up to `count` a stream, waiting up to `blockMs` for some. */
  async read(streams: readonly string[], count: number, blockMs: number): Promise<Delivery[][]> {
    const answer = (await this.redis.callBuffer(
      'XREADGROUP',
      'GROUP',
      this.group,
      this.consumer,
      'COUNT',
      count,
      'BLOCK',
      blockMs,
      'STREAMS',
      ...streams,
      ...streams.map(() => '>'),
    )) as [Buffer, unknown[]][] | null;
    return (answer ?? []).map(([stream, entries]) =>
      entries.map((raw) => ({ entry: toStreamEntry(stream.toString('utf8'), raw), deliveries: 1 })),
    );
  }

  /**
   * Takes over entries another consumer (a dead worker) left pending for `minIdleMs`, from `cursor`
   * on; answers them with their delivery counts and the cursor to continue from (`0-0` at the end).
   */
  async claim(
    stream: string,
    minIdleMs: number,
    cursor: string,
    count: number,
  ): Promise<{ cursor: string; deliveries: Delivery[] }> {
    const [next, raw] = (await this.redis.callBuffer(
      'XAUTOCLAIM',
      stream,
      this.group,
      this.consumer,
      minIdleMs,
      cursor,
      'COUNT',
      count,
    )) as [Buffer, unknown[]];
    const entries = raw.map((item) => toStreamEntry(stream, item));
    if (entries.length === 0) return { cursor: next.toString('utf8'), deliveries: [] };
    // XAUTOCLAIM does not say how often an entry was delivered; XPENDING does, this claim included.
    const pipeline = this.redis.pipeline();
    for (const { entryId } of entries) pipeline.xpending(stream, this.group, entryId, entryId, 1);
    const answers = (await pipeline.exec()) ?? [];
    return {
      cursor: next.toString('utf8'),
      deliveries: entries.map((entry, index) => {
        const [, pending] = answers[index] ?? [];
        const deliveries = (pending as [string, string, number, number][] | undefined)?.[0]?.[3];
        return { entry, deliveries: deliveries ?? 1 };
      }),
    };
  }

  async ack(stream: string, entryIds: readonly string[]): Promise<void> {
    if (entryIds.length > 0) await this.redis.xack(stream, this.group, ...entryIds);
  }

  /** Entries of these streams the group has not finished: never delivered, or delivered and not acked. */
  async backlog(streams: readonly string[]): Promise<number> {
    let total = 0;
    for (const stream of streams) {
      // A stream deleted meanwhile (a Redis that lost its data) has nothing left to finish.
      const groups = (await this.redis.xinfo('GROUPS', stream).catch((error: Error) => {
        if (error.message.includes('no such key')) return [];
        throw error;
      })) as unknown[][];
      for (const flat of groups) {
        const info = new Map<unknown, unknown>();
        for (let index = 0; index + 1 < flat.length; index += 2) info.set(flat[index], flat[index + 1]);
        if (info.get('name') !== this.group) continue;
        // lag is null when Redis cannot tell (entries deleted from the middle of the stream).
        total += Number(info.get('lag') ?? 0) + Number(info.get('pending') ?? 0);
      }
    }
    return total;
  }
}
