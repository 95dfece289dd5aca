import type { CheckService } from './check-service';
import type { InstrumentRequest, InstrumentResponse } from '../protocol/compiler-protocol';
import { instrumentSample } from './instrument';
import type { InstrumentOutput } from '../protocol/instrumented-sample';

export type { InstrumentOutput };

/**
 * The compiler worker's answer to the stepper: the sample type-checked by the
 * page's one language service (as a file of its own, forced to be a module so
 * samples do not clash), and compiled with the stepper's instrumentation.
 */
export function answerInstrumentRequest(service: CheckService, request: InstrumentRequest): InstrumentResponse {
  try {
    const { diagnostics } = service.check({
      exerciseId: `__stepper__/${request.sampleId}`,
      stubName: 'sample.ts',
      testSource: 'export {};',
      code: `${request.code}\nexport {};\n`,
    });
    const end = request.code.length;
    const own = diagnostics.filter((d) => d.file === 'code').map((d) => ({ ...d, from: Math.min(d.from, end), to: Math.min(d.to, end) }));
    const runnable = !own.some((d) => d.kind === 'syntax');
    return { id: request.id, ok: true, output: { diagnostics: own, sample: runnable ? instrumentSample(request.code) : null } };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
