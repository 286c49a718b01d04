// Benchmark load client (child process): autocannon on one URL, each request another learner's token.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadOptions {
  readonly url: string;
  readonly tokensFile: string;
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly completed: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  readonly failed: number;
}

const options = JSON.parse(process.argv[2]!) as LoadOptions;
const tokens = readFileSync(options.tokensFile, 'utf8').split('\n').filter(Boolean);
let next = 0;

const result = await autocannon({
  url: options.url,
  connections: options.connections,
  duration: options.seconds,
  timeout: 30,
  requests: [
    {
      method: 'GET',
      setupRequest: (request) => ({
        ...request,
        headers: { ...request.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` },
      }),
    },
  ],
});

const summary: LoadResult = {
  requestsPerSecond: result.requests.average,
  p50: result.latency.p50,
  p99: result.latency.p99,
  completed: result.latency.totalCount,
  failed: result.errors + result.timeouts + result.non2xx,
};
console.log(JSON.stringify(summary));
