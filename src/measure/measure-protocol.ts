import type { MeasureResult, Progress } from './measure-core';

export type ToMeasureWorker = { kind: 'run'; n: number };
export type FromMeasureWorker = ({ kind: 'progress' } & Progress) | { kind: 'result'; result: MeasureResult } | { kind: 'error'; message: string };
