import { commands } from "./commands";
import { UsageError } from "./args";
import { CorpusError } from "../corpus/article";
import { processIO, type CommandIO } from "./io";
import { clippedIO, outputWidth, wrapHelp, HELP_WIDTH } from "./width";

const USAGE = "usage: newscompare <command> [PATH...] [options]   (newscompare help lists the commands)";

/** Entry point: returns the exit code (0 ok, 1 data error, 2 usage error). Never throws. */
export async function main(argv: string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    io.stdout(`${USAGE}\n\ncommands:\n`);
    for (const [cmd, load] of Object.entries(commands)) io.stdout(`  ${cmd.padEnd(12)} ${(await load()).summary}\n`);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    io.stderr(`newscompare: unknown command '${name}' (known: ${Object.keys(commands).join(", ")})\n`);
    return 2;
  }
  try {
    const command = await load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(`${wrapHelp(command.usage, Math.min(HELP_WIDTH, outputWidth() ?? HELP_WIDTH))}\n`);
      return 0;
    }
    // Text tables fit the terminal; --json and piped output are never cut.
    const width = rest.includes("--json") ? null : outputWidth();
    return await command.run(rest, width ? clippedIO(io, width) : io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`newscompare ${name}: ${err.message}\n`);
      return 2;
    }
    if (err instanceof CorpusError) {
      io.stderr(`${err.file}: ${err.problem}\n`);
      return 1;
    }
    // Anything else is a bug or an I/O failure: still one line, no stack unless asked for.
    io.stderr(`newscompare ${name}: ${(err as Error)?.message ?? String(err)}\n`);
    if (process.env.NEWSCOMPARE_DEBUG) io.stderr(`${(err as Error)?.stack}\n`);
    return 1;
  }
}
