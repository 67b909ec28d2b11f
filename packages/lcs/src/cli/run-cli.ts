// The `lcs` command line: dispatches to one command and turns errors into exit codes.
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIo } from './cli-io.js';
import { runInspect } from './inspect-command.js';
import { runIssue } from './issue-command.js';
import { runKeygen } from './keygen-command.js';
import { runVerify } from './verify-command.js';

export const MAIN_HELP = `Usage: lcs <command> [options]

The vendor tool for .lcs license packages.

Commands:
  keygen    make a vendor signing key pair (private JWK + public JWK Set for platforms)
  issue     sign certificates for one platform instance into a .lcs package
  verify    check a package as a platform would (exit 0 valid, 1 problems, 2 bad usage)
  inspect   show what a package says, without verifying it

Run "lcs <command> --help" for the options of each command.
`;

const COMMANDS: Readonly<Record<string, (args: string[], io: CliIo) => Promise<number>>> = {
  keygen: runKeygen,
  issue: runIssue,
  verify: runVerify,
  inspect: runInspect,
};

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined) {
    io.stderr(MAIN_HELP);
    return EXIT_USAGE;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(MAIN_HELP);
    return EXIT_OK;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) {
    io.stderr(`lcs: unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run "lcs --help".\n`);
    return EXIT_USAGE;
  }
  try {
    return await run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`lcs ${command}: ${error.message}\nRun "lcs ${command} --help" for usage.\n`);
      return EXIT_USAGE;
    }
    io.stderr(`lcs ${command}: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_PROBLEMS;
  }
}
