/** Where a command writes: injectable so tests can run commands in-process and read what they print. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** true when stderr is a terminal (progress bars only then) */
  isTTY: boolean;
}

export const processIO: CommandIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
};

/** A command: gets its own argv (after the command name), returns the exit code. */
export type Command = {
  summary: string;
  usage: string;
  run: (argv: string[], io: CommandIO) => Promise<number>;
};
