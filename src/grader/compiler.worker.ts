/// <reference lib="webworker" />
import declarationFiles from 'virtual:course-libs';
import { CheckService } from './check-service';
import type { CompileRequest, CompileResponse, InstrumentRequest } from './compiler-protocol';
import { answerInstrumentRequest } from '../stepper/compile-sample';

/** The page's one TypeScript worker: type-checks and compiles, never runs learner code. */
const service = new CheckService(declarationFiles);
const testSources = new Map<string, Promise<string>>();

function fetchTests(url: string): Promise<string> {
  let text = testSources.get(url);
  if (!text) {
    text = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`could not load the tests (${response.status} ${response.statusText})`);
      return response.json().then((body: { source: string }) => body.source);
    });
    text.catch(() => testSources.delete(url));
    testSources.set(url, text);
  }
  return text;
}

self.onmessage = async (event: MessageEvent<CompileRequest | InstrumentRequest | 'warm'>) => {
  if (event.data === 'warm') {
    service.warm();
    return;
  }
  const request = event.data;
  if ('kind' in request) {
    self.postMessage(answerInstrumentRequest(service, request));
    return;
  }
  let response: CompileResponse;
  try {
    const testSource = await fetchTests(request.testUrl);
    response = { id: request.id, ok: true, output: service.check({ ...request, testSource }) };
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
