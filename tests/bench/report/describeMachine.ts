import { spawnSync } from 'node:child_process';
import os from 'node:os';

export interface MachineDescription {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly platform: string;
}

/** The machine as `lscpu` and Node see it. */
export function describeMachine(): MachineDescription {
  const lscpu = spawnSync('lscpu', [], { encoding: 'utf8' });
  const model = /^Model name:\s*(.+)$/m.exec(lscpu.stdout ?? '')?.[1]?.trim();
  return {
    cpuModel: model ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}
